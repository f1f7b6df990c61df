import { addDays } from '../dates';
import { kindOfTitle } from './plan-demo-access';
import type { DemoPerson } from './plan-demo-inventory';

// The demo helpdesk as a plan: forty tickets of the kind a company of this size raises over a
// few months (hardware, software, access, network, supplies, facilities), at every priority,
// with what IT did about each, and a maintenance calendar. Worked out from the people and the
// moment alone, with no randomness: the same people in any order give the same plan.
// seed-demo-helpdesk.ts runs it through the ticket, supply and maintenance commands.
//
// The business clock cannot be moved per command, so every ticket is opened now, and "a few
// months" of history shows as the statuses the tickets stand in: resolved and closed ones,
// some waiting on their requester, some in progress, and some still open. Their SLA clocks
// start now too: nothing is breached the moment the seed ends, but the open HIGH and CRITICAL
// tickets nobody answers pass their first-response targets within the next business hours
// (1h and 2h by default) and show as breached from then on (the helpdesk job records them).
//
// Who asks: the people employed today, not on the service desk, in turn (by id). Who works on
// them: IT's own people (by title: Head of IT, Systems Administrator, Service Desk, Security
// Engineer), in turn; a company without any leaves its tickets unstarted (open, or resolved
// straight from open), since starting one needs someone to take it.

export type DemoTicketCategory = 'HARDWARE' | 'SOFTWARE' | 'ACCESS' | 'NETWORK' | 'OFFICE_SUPPLIES' | 'FACILITIES' | 'OTHER';
export type DemoTicketPriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type DemoTicketStatus = 'OPEN' | 'IN_PROGRESS' | 'WAITING' | 'RESOLVED' | 'CLOSED';
export type DemoResolution = 'FIXED' | 'ANSWERED' | 'FULFILLED' | 'WONT_FIX' | 'DUPLICATE';

export type DemoTicketOpening =
  | { kind: 'REQUEST'; category: DemoTicketCategory; priority: DemoTicketPriority; subject: string; description: string; system: string | null }
  | { kind: 'SUPPLY'; items: Array<{ item: string; quantity: number }>; note: string };

// What happens to a ticket after it is opened, in order. `assign` gives it to its agent (start
// takes it then); `reply` is the requester answering (resuming a WAITING ticket).
export type DemoTicketStep =
  | { do: 'assign' }
  | { do: 'start' }
  | { do: 'comment'; body: string; internal: boolean }
  | { do: 'wait'; message: string }
  | { do: 'reply'; body: string }
  | { do: 'handOut'; item: string; quantity: number }
  | { do: 'resolve'; resolution: DemoResolution; note: string }
  | { do: 'close' };

export type DemoTicket = { requesterId: string; agentId: string | null; opening: DemoTicketOpening; steps: DemoTicketStep[]; status: DemoTicketStatus };

export type DemoMaintenanceWindow = {
  system: string;
  title: string;
  startsAt: string;
  endsAt: string;
  impact: 'NONE' | 'DEGRADED' | 'OUTAGE';
  // Past windows are run and completed; the rest stay planned.
  completed: boolean;
};

export type DemoHelpdeskPlan = { tickets: DemoTicket[]; maintenance: DemoMaintenanceWindow[] };

type Story = { opening: DemoTicketOpening; steps: DemoTicketStep[] };

const ask = (category: DemoTicketCategory, priority: DemoTicketPriority, subject: string, description: string, system: string | null = null): DemoTicketOpening => ({ kind: 'REQUEST', category, priority, subject, description, system });
const supplies = (note: string, ...items: Array<[string, number]>): DemoTicketOpening => ({ kind: 'SUPPLY', items: items.map(([item, quantity]) => ({ item, quantity })), note });
const say = (body: string): DemoTicketStep => ({ do: 'comment', body, internal: false });
const note = (body: string): DemoTicketStep => ({ do: 'comment', body, internal: true });
const take: DemoTicketStep[] = [{ do: 'assign' }, { do: 'start' }];
const resolve = (resolution: DemoResolution, text: string): DemoTicketStep => ({ do: 'resolve', resolution, note: text });
const wait = (message: string): DemoTicketStep => ({ do: 'wait', message });
const reply = (body: string): DemoTicketStep => ({ do: 'reply', body });
const handOut = (item: string, quantity: number): DemoTicketStep => ({ do: 'handOut', item, quantity });
const close: DemoTicketStep = { do: 'close' };

// Resolved (fixed, answered, declined, duplicate), then some confirmed closed by their requester.
const resolved: Story[] = [
  { opening: ask('HARDWARE', 'MEDIUM', 'Laptop fan very loud since Monday', 'The fan runs at full speed even with only the browser open. It is getting hard to take calls.'), steps: [...take, say('Could you bring it by the service desk? We will clean it and check the thermal paste.'), note('Dust filter clogged; cleaned with compressed air.'), resolve('FIXED', 'Cleaned the fan and the vents; it is quiet again under normal load.')] },
  { opening: ask('SOFTWARE', 'LOW', 'How do I share my calendar with the team?', 'I want my team to see when I am busy, but not the details.'), steps: [...take, resolve('ANSWERED', 'Calendar settings > Share with > your team, with "See only free/busy". Done in two clicks.')] },
  { opening: ask('ACCESS', 'HIGH', 'Locked out of SSO after password change', 'I changed my password this morning and now every login loops back to the sign-in page.', 'sso'), steps: [...take, note('Old session tokens cached on the phone kept failing and locked the account.'), say('Your account was locked after too many attempts from your phone. Unlocked: please sign out on the phone first.'), resolve('FIXED', 'Account unlocked and stale sessions revoked.')] },
  { opening: ask('NETWORK', 'HIGH', 'VPN drops every ten minutes from home', 'The VPN connects but drops about every ten minutes, then reconnects. Started last week.', 'vpn'), steps: [...take, wait('Which router do you have at home, and does it happen on another network (a phone hotspot) too?'), reply('It is a FritzBox; on the hotspot it stays connected.'), note('Known issue with that router\'s SIP ALG; advised to disable it.'), resolve('FIXED', 'Turning off "SIP ALG" on the router keeps the VPN up. Thanks for testing!')] },
  { opening: ask('FACILITIES', 'MEDIUM', 'Meeting room screen in "Atlas" shows no signal', 'The HDMI cable in Atlas does not bring up any picture from any laptop.'), steps: [...take, resolve('FIXED', 'Replaced the HDMI cable under the table; tested with two laptops.')] },
  { opening: ask('SOFTWARE', 'MEDIUM', 'Excel crashes opening the quarterly model', 'The quarterly forecast workbook crashes Excel as soon as it finishes loading.'), steps: [...take, say('We could reproduce it: an add-in is crashing. We are updating it for you remotely now.'), resolve('FIXED', 'Updated the add-in to the current version; the workbook opens.')] },
  { opening: ask('OTHER', 'LOW', 'Can I use my own keyboard?', 'I have an ergonomic keyboard at home that I would like to bring in.'), steps: [resolve('ANSWERED', 'Yes: any USB or Bluetooth keyboard is fine. Ask us if you need a receiver.')] },
  { opening: ask('ACCESS', 'MEDIUM', 'Need the CRM for the partner pilot', 'I am helping sales with the partner pilot for three months and need read access to the CRM.', 'crm'), steps: [...take, note('Department bundle does not include the CRM; manager approval in the pilot channel.'), resolve('WONT_FIX', 'The CRM is granted per department: your manager can ask for an individual grant through the access review.')] },
  { opening: ask('HARDWARE', 'LOW', 'Second monitor flickers', 'The right-hand monitor flickers for a second every few minutes.'), steps: [...take, resolve('DUPLICATE', 'Same as the ticket about the dock firmware: the update from last week fixes it.')] },
  { opening: ask('SOFTWARE', 'HIGH', 'Chat does not send notifications', 'Since the last update I get no notifications for direct messages, on any device.', 'chat'), steps: [...take, say('Notifications were switched off by the update for some accounts. We reset yours; can you confirm they arrive?'), resolve('FIXED', 'Notification settings reset; confirmed working on desktop and phone.')] },
  // Confirmed by their requester: closed.
  { opening: ask('NETWORK', 'MEDIUM', 'Wi-Fi weak in the north corner of the 3rd floor', 'Video calls freeze near the windows on the north side.'), steps: [...take, note('Access point 3-N was on the old firmware and had reset its transmit power.'), say('We updated the access point over there; please tell us if it is better.'), resolve('FIXED', 'Access point updated and its power restored.'), close] },
  { opening: ask('ACCESS', 'CRITICAL', 'Cannot reach accounting system on payroll day', 'The accounting system shows "access denied" and payroll must go out today.', 'accounting-system'), steps: [...take, say('On it: your role lost a permission in last night\'s sync. Restoring it now.'), note('Role sync job dropped the payroll role; reported to the vendor.'), resolve('FIXED', 'Permission restored; payroll went out on time.'), close] },
  { opening: ask('HARDWARE', 'MEDIUM', 'Phone battery empty by noon', 'My work phone does not last half a day any more.'), steps: [...take, say('The battery health is at 71%: we will swap the phone, pick it up tomorrow at the desk.'), resolve('FIXED', 'Swapped for a phone from stock; data transferred.'), close] },
  { opening: ask('SOFTWARE', 'LOW', 'Request: screen recording tool', 'I would like to record short how-to videos for the onboarding pages.'), steps: [...take, resolve('ANSWERED', 'The built-in screen recorder does it: Shift+Cmd+5 on a Mac, Win+Alt+R on Windows.'), close] },
  { opening: ask('FACILITIES', 'LOW', 'Printer on 2nd floor jams on double-sided', 'Every double-sided job jams halfway through.'), steps: [...take, resolve('FIXED', 'Replaced the duplex roller.'), close] },
];

// Supplies handed out from stock, then fulfilled (the toner brings its stock to its threshold:
// a restock ticket opens by itself).
const fulfilled: Story[] = [
  { opening: supplies('My stapler went missing after the move.', ['stapler', 1]), steps: [...take, handOut('stapler', 1), resolve('FULFILLED', 'On your desk.')] },
  { opening: supplies('For the workshop on Thursday.', ['notebook', 3], ['pens', 2]), steps: [...take, handOut('notebook', 3), handOut('pens', 2), resolve('FULFILLED', 'Left at reception for you.')] },
  { opening: supplies('The printer by the kitchen says toner low.', ['toner', 2]), steps: [...take, handOut('toner', 2), resolve('FULFILLED', 'Two cartridges in the cupboard next to the printer.')] },
  { opening: supplies('Marketing printer needs toner before the campaign mailing.', ['toner', 2]), steps: [...take, handOut('toner', 2), resolve('FULFILLED', 'Installed one, the spare is in the drawer.')] },
  { opening: supplies('Need a cable to charge from the monitor.', ['usb-c-cable', 1]), steps: [handOut('usb-c-cable', 1), resolve('FULFILLED', 'Handed over at the desk.'), close] },
];

// Waiting on the requester's answer.
const waiting: Story[] = [
  { opening: ask('HARDWARE', 'MEDIUM', 'Docking station does not charge the laptop', 'The laptop says "not charging" when docked; the monitors work.'), steps: [...take, wait('Which dock do you have (the label underneath), and does the laptop charge with its own charger?')] },
  { opening: ask('SOFTWARE', 'LOW', 'Spell check in the wrong language', 'My documents are checked in English even though I write in German.'), steps: [...take, wait('Does it happen in every document or only in the shared templates? A screenshot of the language bar helps.')] },
  { opening: ask('ACCESS', 'HIGH', 'Source control asks for 2FA code I never set up', 'Pushing asks me for a two-factor code, but I never enrolled a device.', 'source-control'), steps: [...take, note('Enrollment was enforced org-wide on the 1st; user missed the mail.'), wait('Please enroll an authenticator app under Settings > Security and tell us if the push works afterwards.')] },
  { opening: ask('NETWORK', 'MEDIUM', 'Slow downloads in the warehouse office', 'Downloading the shipping labels takes minutes.'), steps: [...take, wait('Are you on the cable or on Wi-Fi in the office? Could you run the speed test from the intranet and send us the result?')] },
  { opening: ask('OTHER', 'LOW', 'Old laptop still at home', 'I still have my previous laptop at home: how do I return it?'), steps: [...take, wait('Which day are you in the office? We will book a slot at the desk for the hand-back.')] },
  { opening: ask('HARDWARE', 'HIGH', 'Laptop does not boot after update', 'Stuck on the logo after last night\'s update.'), steps: [...take, say('Please try holding the power button for ten seconds, then start it again.'), wait('Did the forced restart help? If not, bring it by and we will give you a loaner.')] },
];

// Being worked on (one of them after the requester answered).
const inProgress: Story[] = [
  { opening: ask('HARDWARE', 'HIGH', 'Keyboard keys stuck after coffee spill', 'Spilled coffee on the laptop keyboard; several keys stick.'), steps: [...take, note('Sent to the vendor for a top-case replacement; loaner issued.'), say('We gave you a loaner while yours is repaired (about a week).')] },
  { opening: ask('SOFTWARE', 'MEDIUM', 'HR system export times out', 'Exporting the headcount report times out after a minute.', 'hr-system'), steps: [...take, wait('Which date range do you export? Does a single month work?'), reply('A single month works; the whole year times out.'), note('Vendor ticket opened for the export timeout on large ranges.')] },
  { opening: ask('ACCESS', 'MEDIUM', 'Shared mailbox for the events team', 'We need a shared mailbox events@ for the conference season.', 'email'), steps: [...take] },
  { opening: ask('NETWORK', 'CRITICAL', 'Warehouse scanners offline', 'None of the handheld scanners connect to the network since 7am.'), steps: [...take, say('We are on site: the warehouse switch lost power. Bringing it back now.'), note('UPS battery failed; switch on mains for now, replacement UPS ordered.')] },
  { opening: ask('FACILITIES', 'LOW', 'Label printer for the mail room', 'Could the mail room get its own label printer?'), steps: [...take, note('Quote requested from the usual supplier.')] },
  { opening: supplies('For the new starter in our team next week.', ['mouse', 1], ['keyboard', 1]), steps: [...take, handOut('mouse', 1)] },
];

// Not touched yet: some urgent, whose clocks are running out.
const open: Story[] = [
  { opening: ask('HARDWARE', 'CRITICAL', 'Reception PC dead: no visitor badges', 'The reception computer does not power on; we cannot print visitor badges.'), steps: [] },
  { opening: ask('ACCESS', 'HIGH', 'New contractor needs VPN today', 'Our contractor starts working remotely today and has no VPN yet.', 'vpn'), steps: [] },
  { opening: ask('SOFTWARE', 'MEDIUM', 'PDF editor licence expired', 'The PDF editor says my licence expired.'), steps: [] },
  { opening: ask('NETWORK', 'LOW', 'Guest Wi-Fi password for next week\'s visitors', 'We have visitors next week: what is the guest Wi-Fi password then?'), steps: [] },
  { opening: ask('FACILITIES', 'MEDIUM', 'Projector in training room is blurry', 'Focus cannot be adjusted sharp any more.'), steps: [note('Probably the lens motor; check warranty.')] },
  { opening: ask('OTHER', 'LOW', 'Where do I find the IT onboarding slides?', 'A new colleague asked for the IT onboarding slides.'), steps: [] },
  { opening: supplies('Sticky notes for the planning wall.', ['sticky-notes', 4]), steps: [] },
  { opening: ask('HARDWARE', 'HIGH', 'Monitor arrived with a cracked screen', 'The new monitor for my desk has a crack in the corner.'), steps: [say('Sorry about that: we will swap it, please leave it in its box.')] },
];

const STORIES: Story[] = [...resolved, ...fulfilled, ...waiting, ...inProgress, ...open];

const employedOn = (person: DemoPerson, date: string) => person.startDate <= date && (person.lastDay === null || person.lastDay >= date);

// Without anyone to take a ticket, nothing starts and nothing waits: a waiting or in-progress
// ticket stays open (its question asked as a comment), a resolved one is resolved from open.
function withoutAgents(steps: DemoTicketStep[]): DemoTicketStep[] {
  const kept: DemoTicketStep[] = [];
  for (const step of steps) {
    if (step.do === 'assign' || step.do === 'start') continue;
    // The question is still asked, as a public comment; the answer follows as one.
    if (step.do === 'wait') kept.push(say(step.message));
    else if (step.do === 'reply') continue;
    else kept.push(step);
  }
  return kept;
}

function statusAfter(steps: DemoTicketStep[]): DemoTicketStatus {
  let status: DemoTicketStatus = 'OPEN';
  for (const step of steps) {
    if (step.do === 'start') status = 'IN_PROGRESS';
    // The requester answering resumes a waiting ticket.
    else if (step.do === 'reply' && status === 'WAITING') status = 'IN_PROGRESS';
    else if (step.do === 'wait') status = 'WAITING';
    else if (step.do === 'resolve') status = 'RESOLVED';
    else if (step.do === 'close') status = 'CLOSED';
  }
  return status;
}

export function planDemoHelpdesk(people: readonly DemoPerson[], now: Date, today: string): DemoHelpdeskPlan {
  const employed = [...people].filter((person) => employedOn(person, today)).sort((a, b) => a.employeeId.localeCompare(b.employeeId));
  const agents = employed.filter((person) => kindOfTitle(person.title) === 'it').map((person) => person.employeeId);
  const others = employed.filter((person) => !agents.includes(person.employeeId)).map((person) => person.employeeId);
  const requesters = others.length ? others : agents;
  if (!requesters.length) return { tickets: [], maintenance: maintenanceCalendar(now, today) };

  const tickets: DemoTicket[] = [];
  for (const [index, story] of STORIES.entries()) {
    const agentId = agents.length ? agents[index % agents.length]! : null;
    const steps = agentId ? story.steps : withoutAgents(story.steps);
    tickets.push({ requesterId: requesters[index % requesters.length]!, agentId, opening: story.opening, steps, status: statusAfter(steps) });
  }
  return { tickets, maintenance: maintenanceCalendar(now, today) };
}

// Six windows on six systems, one a week on Saturday mornings (UTC), never two at once: two in
// the past weeks (completed), four in the coming ones (planned, within the next 30 days the
// maintenanceWindows query shows by default).
function maintenanceCalendar(now: Date, today: string): DemoMaintenanceWindow[] {
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const nextSaturday = addDays(today, ((6 - weekday + 7) % 7) || 7);
  const windows: Array<Omit<DemoMaintenanceWindow, 'startsAt' | 'endsAt' | 'completed'> & { week: number; from: string; to: string }> = [
    { week: -2, system: 'email', title: 'Mail server security patches', impact: 'DEGRADED', from: '06:00', to: '08:00' },
    { week: -1, system: 'hr-system', title: 'HR system vendor upgrade', impact: 'OUTAGE', from: '07:00', to: '11:00' },
    { week: 0, system: 'vpn', title: 'VPN gateway firmware update', impact: 'OUTAGE', from: '06:00', to: '07:30' },
    { week: 1, system: 'crm', title: 'CRM database migration', impact: 'OUTAGE', from: '05:00', to: '09:00' },
    { week: 2, system: 'source-control', title: 'Source control storage expansion', impact: 'DEGRADED', from: '06:00', to: '10:00' },
    { week: 3, system: 'accounting-system', title: 'Accounting system year-end release', impact: 'NONE', from: '08:00', to: '09:00' },
  ];
  return windows.map(({ week, from, to, ...window }) => {
    const day = addDays(nextSaturday, week * 7);
    const startsAt = `${day}T${from}:00Z`;
    const endsAt = `${day}T${to}:00Z`;
    return { ...window, startsAt, endsAt, completed: Date.parse(endsAt) <= now.getTime() };
  });
}
