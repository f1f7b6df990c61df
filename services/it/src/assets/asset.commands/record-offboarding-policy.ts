import type { EntityManager } from 'typeorm';
import * as assets from '../asset.repository';

// HR's offboarding policy, as IT hears it: how many days after their last day a leaver may still
// bring equipment back (give-up-unreturned-assets.ts). Until HR publishes one, nothing is given up on.
export async function recordOffboardingPolicy(tx: EntityManager, unreturnedAfterDays: number): Promise<void> {
  await assets.saveOffboardingPolicy(tx, unreturnedAfterDays);
}
