import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { SystemAccountRecord, SystemAccountChangeRecord, AccessChangeRecord, AccessFindingRecord } from '../system-accounts/system-account.record';
import { ItSystemRecord } from '../systems/system.record';
import { AccessBundleRecord, EquipmentKitItemRecord } from '../access-bundles/access-bundle.record';
import { EmployeeReference, DepartmentReference, ItContext } from '../context';
import { AssetRecord, AssetCategoryRecord, AssetModelRecord, AssetAssignmentRecord, AssetHistoryRecord, AssetsInUseRecord, MonthlyEquipmentInUseRecord } from '../assets/asset.record';
import { LicenseRecord, LicenseSeatRecord } from '../licenses/license.record';
import { TicketRecord, TicketSlaRecord, TicketCommentRecord, TicketTimelineRecord, TicketItemRecord, HelpdeskStatsRecord } from '../tickets/ticket.record';
import { SupplyItemRecord } from '../supply-items/supply-item.record';
import { MaintenanceWindowRecord } from '../maintenance/maintenance.record';
import { CorrelationRecord } from '../correlations/correlation.record';
import { PublishedEventRecord } from '@backoffice/platform/correlated-events';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 calendar date, YYYY-MM-DD, from 1900-01-01 to 2999-12-31. */
  Date: { input: string; output: string; }
  /** An ISO-8601 timestamp with time zone, from 1900-01-01 to 2999-12-31 in UTC. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number carried as a string, e.g. "1499.00". Never a float. */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** What a person in a department gets: the systems (those for everyone included) and the standard equipment kit. */
export type AccessBundle = {
  __typename?: 'AccessBundle';
  department: Department;
  equipment: Array<EquipmentKitItem>;
  systems: Array<ItSystem>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
  /** 0 while the department has no bundle of its own (then only the systems for everyone). */
  version: Scalars['Int']['output'];
};

/** A mover's or leaver's change of access, due at an instant on HR's dates. */
export type AccessChange = {
  __typename?: 'AccessChange';
  dueAt: Scalars['DateTime']['output'];
  /** The transfer's effective date, or the last day. */
  effectiveDate: Scalars['Date']['output'];
  employee: Employee;
  fromDepartment: Maybe<Department>;
  id: Scalars['ID']['output'];
  kind: AccessChangeKind;
  settledAt: Maybe<Scalars['DateTime']['output']>;
  status: AccessChangeStatus;
  toDepartment: Maybe<Department>;
};

export type AccessChangeKind =
  /** A last day: at its end (midnight in the company's time zone) every account is revoked and every licence seat released. */
  | 'LEAVE'
  /** A transfer to another department: on its effective date, the new bundle's systems are granted and those only the old one gave are revoked. */
  | 'MOVE';

export type AccessChangeStatus =
  | 'APPLIED'
  /** A withdrawn termination. */
  | 'CANCELLED'
  | 'PENDING';

export type AccessFinding = {
  __typename?: 'AccessFinding';
  account: SystemAccount;
  /** Their department today (or on their last day); null for NO_PERSON. */
  department: Maybe<Department>;
  detail: Scalars['String']['output'];
  employee: Employee;
  kind: AccessFindingKind;
};

export type AccessFindingKind =
  /** An account still live after the person's last day. */
  | 'ACTIVE_AFTER_LAST_DAY'
  /** An active or suspended account on a system the person's department's bundle lacks. */
  | 'EXTRA_GRANT'
  /** An account of someone HR has never employed, as far as IT knows. */
  | 'NO_PERSON';

export type AccessReviewDecision =
  /** Keep the access: the review shows it no more. */
  | 'CONFIRM'
  /** Revoke the account today. */
  | 'REVOKE';

export type AccountChangeInput = {
  employeeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  system: Scalars['String']['input'];
};

export type AccountOrigin =
  /** Given because the person's department's bundle has the system; taken back when they move to a department whose bundle does not. */
  | 'BUNDLE'
  /** Granted on its own; kept across moves, and shown by the access review until confirmed. */
  | 'INDIVIDUAL';

export type AddSystemInput = {
  /** Lower case: letters, digits and dashes. */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  forEveryone?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
};

/**
 * A piece of equipment IT keeps: a laptop, a phone, a chair. IT and MANAGER see every asset; an
 * employee sees the ones they hold (Employee.assets), without IT's notes and history.
 */
export type Asset = {
  __typename?: 'Asset';
  /** Who had it when, oldest first. IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  assignments: Maybe<Array<AssetAssignment>>;
  category: AssetCategory;
  /** Its condition as last recorded (registered, handed over, returned). */
  condition: AssetCondition;
  createdAt: Scalars['DateTime']['output'];
  /** The hand-over to its holder now; null unless ASSIGNED. */
  currentAssignment: Maybe<AssetAssignment>;
  /** Every change, oldest first. IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  history: Maybe<Array<AssetHistoryEntry>>;
  /** Who has it now (status ASSIGNED); null otherwise. */
  holder: Maybe<Employee>;
  id: Scalars['ID']['output'];
  location: Maybe<Scalars['String']['output']>;
  model: AssetModel;
  /** IT's notes. IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  notes: Maybe<Scalars['String']['output']>;
  purchaseCost: Money;
  purchaseDate: Scalars['Date']['output'];
  serialNumber: Scalars['String']['output'];
  status: AssetStatus;
  supplier: Maybe<Scalars['String']['output']>;
  /** The unique inventory tag printed on it, e.g. AST-000042 (generated). */
  tag: Scalars['String']['output'];
  /** The day IT gave up on getting it back from its holder, a leaver who kept it past the offboarding policy's days (accounting books it by the policy); null otherwise. */
  unrecoveredOn: Maybe<Scalars['Date']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; commands that change an asset take the version the client read. */
  version: Scalars['Int']['output'];
  warrantyEndsOn: Maybe<Scalars['Date']['output']>;
};

export type AssetAction =
  | 'ASSIGNED'
  | 'LOST'
  | 'REGISTERED'
  | 'RETIRED'
  | 'RETURNED'
  | 'SENT_TO_REPAIR';

/** One time an asset was with an employee: handed over in one condition, back in another. */
export type AssetAssignment = {
  __typename?: 'AssetAssignment';
  assignedOn: Scalars['Date']['output'];
  conditionIn: Maybe<AssetCondition>;
  conditionOut: AssetCondition;
  employee: Employee;
  /** How the hand-over ended; null while it lasts. */
  endedAs: Maybe<AssetAction>;
  /** Set for a loan: when it should come back. */
  expectedReturnOn: Maybe<Scalars['Date']['output']>;
  /** Who handed it over: an employee id, or service:<name>. */
  handedOverBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  receivedBy: Maybe<Scalars['String']['output']>;
  returnNotes: Maybe<Scalars['String']['output']>;
  /** When it came back (or went to repair, or was lost); null while the employee has it. */
  returnedOn: Maybe<Scalars['Date']['output']>;
};

/** A kind of equipment, with the months it is used before it is written off (accounting depreciates over them). */
export type AssetCategory = {
  __typename?: 'AssetCategory';
  code: AssetCategoryCode;
  name: Scalars['String']['output'];
  usefulLifeMonths: Scalars['Int']['output'];
};

export type AssetCategoryCode =
  | 'DESKTOP'
  | 'FURNITURE'
  | 'LAPTOP'
  | 'MONITOR'
  | 'NETWORK'
  | 'OFFICE_EQUIPMENT'
  | 'PERIPHERAL'
  | 'PHONE';

/** Sending to repair, losing and retiring: the asset, the version read, and why. */
export type AssetChangeInput = {
  assetId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Today unless said. */
  occurredOn?: InputMaybe<Scalars['Date']['input']>;
};

export type AssetCondition =
  | 'BROKEN'
  | 'FAIR'
  | 'GOOD'
  | 'NEW'
  | 'POOR';

export type AssetConnection = {
  __typename?: 'AssetConnection';
  edges: Array<AssetEdge>;
  pageInfo: PageInfo;
  /** Assets matching the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type AssetEdge = {
  __typename?: 'AssetEdge';
  cursor: Scalars['String']['output'];
  node: Asset;
};

export type AssetFilter = {
  category?: InputMaybe<AssetCategoryCode>;
  /** HR's employee id: what they hold now. */
  holderId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the tag, serial number, manufacturer, model or supplier, any case. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AssetStatus>;
  /** Assets whose warranty ends before this date (those already ended included). */
  warrantyEndsBefore?: InputMaybe<Scalars['Date']['input']>;
};

export type AssetHistoryEntry = {
  __typename?: 'AssetHistoryEntry';
  action: AssetAction;
  /** Who recorded it: an employee id, or service:<name>. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  condition: Maybe<AssetCondition>;
  /** The employee the change concerned (handed to, returned by, lost by). */
  employee: Maybe<Employee>;
  notes: Maybe<Scalars['String']['output']>;
  /** The business date of the change. */
  occurredOn: Scalars['Date']['output'];
  /** The status the asset had after the change. */
  status: AssetStatus;
};

/** A manufacturer's model, known once per manufacturer and name. */
export type AssetModel = {
  __typename?: 'AssetModel';
  category: AssetCategory;
  id: Scalars['ID']['output'];
  manufacturer: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type AssetStatus =
  /** With one employee (holder). */
  | 'ASSIGNED'
  | 'IN_REPAIR'
  /** In IT's stock, ready to hand out. */
  | 'IN_STOCK'
  | 'LOST'
  /** Left the inventory for good. */
  | 'RETIRED';

/** Equipment the people of a department hold now (by their department today), and what it cost. */
export type AssetsInUse = {
  __typename?: 'AssetsInUse';
  count: Scalars['Int']['output'];
  /** What those assets cost when bought, one amount per purchase currency (IT does not convert: rates are accounting's). */
  purchaseCost: Array<Money>;
};

export type AssignAssetInput = {
  assetId: Scalars['ID']['input'];
  /** Today (company calendar) unless said. */
  assignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Its condition as handed over; the asset's recorded condition unless said. */
  condition?: InputMaybe<AssetCondition>;
  /** HR's employee id; they must be employed on assignedOn (workforce projection). */
  employeeId: Scalars['ID']['input'];
  /** For a loan: when it should come back. */
  expectedReturnOn?: InputMaybe<Scalars['Date']['input']>;
  expectedVersion: Scalars['Int']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type AssignTicketInput = {
  assigneeId: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  ticketId: Scalars['ID']['input'];
};

export type BillingPeriod =
  | 'MONTHLY'
  | 'YEARLY';

export type CommentOnTicketInput = {
  body: Scalars['String']['input'];
  /** A note the requester never sees. IT and MANAGER. */
  internal?: InputMaybe<Scalars['Boolean']['input']>;
  ticketId: Scalars['ID']['input'];
};

/** A chain of events one request set off, across services (HR's correlatedEvents). */
export type Correlation = {
  __typename?: 'Correlation';
  id: Scalars['String']['output'];
  /** The events IT published in this chain, from its outbox (kept 90 days). MANAGER only. */
  itEvents: Array<PublishedEvent>;
};

export type Department = {
  __typename?: 'Department';
  /** What a person here gets. IT, MANAGER and HR; anyone else gets null with a FORBIDDEN error at this path. */
  accessBundle: Maybe<AccessBundle>;
  /** Equipment its people hold now. IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  assetsInUse: Maybe<AssetsInUse>;
  id: Scalars['ID']['output'];
};

export type Employee = {
  __typename?: 'Employee';
  /**
   * Accounts IT provisioned for this employee. Visible to the employee, IT, HR and MANAGER;
   * anyone else gets null with a FORBIDDEN error at this path (the rest of the response stays).
   */
  accounts: Maybe<Array<SystemAccount>>;
  /**
   * Equipment the employee holds now, oldest hand-over first. The employee, IT and MANAGER; anyone
   * else gets null with a FORBIDDEN error at this path.
   */
  assets: Maybe<Array<Asset>>;
  id: Scalars['ID']['output'];
  /** Licence seats the employee holds now. The employee, IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  licenses: Maybe<Array<LicenseSeat>>;
  /** Tickets this employee asked for, newest first. The employee, IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  tickets: Maybe<Array<Ticket>>;
};


export type EmployeeTicketsArgs = {
  status?: InputMaybe<Array<TicketStatus>>;
};

export type EquipmentKitItem = {
  __typename?: 'EquipmentKitItem';
  category: AssetCategory;
  quantity: Scalars['Int']['output'];
};

export type EquipmentKitItemInput = {
  category: AssetCategoryCode;
  quantity: Scalars['Int']['input'];
};

export type FulfilWithAssetInput = {
  /** An asset in stock of the line's category; it is assigned to the person the ticket is for. */
  assetId: Scalars['ID']['input'];
  assetVersion: Scalars['Int']['input'];
  expectedVersion: Scalars['Int']['input'];
  /** A line of the ticket that asks for equipment. */
  itemId: Scalars['ID']['input'];
  ticketId: Scalars['ID']['input'];
};

export type GrantAccessInput = {
  /** HR's employee id; employed on the date it starts. */
  employeeId: Scalars['ID']['input'];
  /** Today unless said; a later date schedules it. */
  from?: InputMaybe<Scalars['Date']['input']>;
  reason: Scalars['String']['input'];
  /** A system code from the catalogue. */
  system: Scalars['String']['input'];
};

export type HandOutSuppliesInput = {
  expectedVersion: Scalars['Int']['input'];
  item: Scalars['String']['input'];
  quantity?: Scalars['Int']['input'];
  ticketId: Scalars['ID']['input'];
};

/** The queue over a period: what was opened in it, how it stands, and how fast it was answered, in business minutes. */
export type HelpdeskStats = {
  __typename?: 'HelpdeskStats';
  breached: Scalars['Int']['output'];
  byPriority: Array<TicketCount>;
  /** Tickets opened in the period, by their status now. */
  byStatus: Array<TicketCount>;
  from: Scalars['Date']['output'];
  /** Median business minutes from opening to the first answer, over tickets answered in the period. */
  medianFirstResponseMinutes: Maybe<Scalars['Float']['output']>;
  /** Median business minutes from opening to resolution (without time waiting on the requester), over tickets resolved in the period. */
  medianResolutionMinutes: Maybe<Scalars['Float']['output']>;
  opened: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  to: Scalars['Date']['output'];
};

/** A system people get accounts on, by the lower-case code used in accounts, bundles and events. */
export type ItSystem = {
  __typename?: 'ItSystem';
  code: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** In every department's bundle. */
  forEveryone: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
};

/** A software licence with a number of seats. IT and MANAGER; employees see the licences they hold a seat of (Employee.licenses). */
export type License = {
  __typename?: 'License';
  billingPeriod: BillingPeriod;
  /** What the company pays per billing period. IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  costPerPeriod: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  /** The seats held now, oldest first. IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  holders: Maybe<Array<LicenseSeat>>;
  id: Scalars['ID']['output'];
  /** IT's notes. IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  notes: Maybe<Scalars['String']['output']>;
  product: Scalars['String']['output'];
  renewalDate: Scalars['Date']['output'];
  seats: Scalars['Int']['output'];
  seatsFree: Scalars['Int']['output'];
  seatsUsed: Scalars['Int']['output'];
  vendor: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A seat of a licence one employee holds (or held, once released). */
export type LicenseSeat = {
  __typename?: 'LicenseSeat';
  /** Who gave the seat: an employee id, or service:<name>. */
  assignedBy: Scalars['String']['output'];
  assignedOn: Scalars['Date']['output'];
  employee: Employee;
  id: Scalars['ID']['output'];
  license: License;
  releasedOn: Maybe<Scalars['Date']['output']>;
};

export type MaintenanceImpact =
  | 'DEGRADED'
  | 'NONE'
  | 'OUTAGE';

export type MaintenanceStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** A planned upgrade or outage of one system. */
export type MaintenanceWindow = {
  __typename?: 'MaintenanceWindow';
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  impact: MaintenanceImpact;
  /** Who planned it. IT and MANAGER. */
  plannedBy: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: MaintenanceStatus;
  system: Scalars['String']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** Assets held by a department's people at a month's end: handed over on or before `asOf` and not given back, sent to repair or lost by then. */
export type MonthlyEquipmentInUse = {
  __typename?: 'MonthlyEquipmentInUse';
  /** The month's last day, or today for the month still running. */
  asOf: Scalars['Date']['output'];
  count: Scalars['Int']['output'];
  /** The holder's department that day (HR's events); null for holders IT's workforce projection places nowhere. */
  department: Maybe<Department>;
  /** YYYY-MM. */
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a system to the catalogue. IT and MANAGER. */
  addSystem: ItSystem;
  /** Hands an IN_STOCK asset to an employee employed on that date. IT and MANAGER. Two at once: one wins, the other gets CONFLICT. */
  assignAsset: Asset;
  /** Gives an employee employed today a seat; refused (CONFLICT) when none is free, also when two ask for the last one at once. IT and MANAGER. */
  assignSeat: LicenseSeat;
  /** Gives a ticket to someone employed today to work on. IT and MANAGER. */
  assignTicket: Ticket;
  /** Closes a resolved ticket for good (it also closes by itself some days after resolution): its requester, IT and MANAGER. */
  closeTicket: Ticket;
  /** Adds a comment: the requester, IT and MANAGER; internal notes IT and MANAGER only. The requester answering a WAITING ticket resumes it. */
  commentOnTicket: Ticket;
  /** Fulfils a ticket's equipment line with an asset in stock, assigning it to the person the ticket is for. IT and MANAGER. */
  fulfilWithAsset: Ticket;
  /** Access to one system, from today or a later date (SCHEDULED), or a suspended account resumed. IT and MANAGER. */
  grantAccess: SystemAccount;
  /** Hands out consumables from stock against a ticket's line; the stock drops, and falling to its threshold raises a restock ticket. IT and MANAGER. */
  handOutSupplies: Ticket;
  /** Records an asset as lost, by its holder when it has one. IT and MANAGER. */
  markAssetLost: Asset;
  /** Opens a ticket: anyone for themselves; IT and MANAGER for someone else too. */
  openTicket: Ticket;
  /** Adds an asset to the stock (IN_STOCK) with a generated tag. IT and MANAGER. */
  registerAsset: Asset;
  /** IT and MANAGER. */
  registerLicense: License;
  /** Frees the employee's seat. IT and MANAGER. */
  releaseSeat: LicenseSeat;
  /** Moves a licence to its next renewal date, with its seats and cost for the period. IT and MANAGER. */
  renewLicense: License;
  /** Reopens a resolved ticket, within the days configured after resolution: its requester, IT and MANAGER. */
  reopenTicket: Ticket;
  /** Asks for things from the supply catalogue, as a SUPPLY ticket: anyone for themselves; IT and MANAGER for someone else too. */
  requestSupplies: Ticket;
  /** Resolves a ticket with how and a note the requester sees. IT and MANAGER. */
  resolveTicket: Ticket;
  /** Adds to a consumable's stock. IT and MANAGER. */
  restockSupply: SupplyItem;
  /** Takes an asset out of the inventory for good: from stock, repair or lost; never from a holder. IT and MANAGER. */
  retireAsset: Asset;
  /** Brings an asset back to stock: from its holder, from repair, or found after a loss. IT and MANAGER. */
  returnAsset: Asset;
  /** Confirms or revokes one finding of the access review, recorded with the reason. IT and MANAGER. */
  reviewAccess: AccessFinding;
  /** Revokes a live account today. IT and MANAGER. */
  revokeAccess: SystemAccount;
  /** Plans maintenance of a system; refused when it overlaps another window of that system that is not cancelled. IT and MANAGER. */
  scheduleMaintenance: MaintenanceWindow;
  /** Sends an asset in stock or with a holder (taken back from them) to repair. IT and MANAGER. */
  sendToRepair: Asset;
  /** Replaces a department's bundle; the next joiners and movers get it. IT and MANAGER. */
  setAccessBundle: AccessBundle;
  /** Starts work on an OPEN ticket (taking it when it has no assignee). IT and MANAGER. */
  startTicket: Ticket;
  /** IT and MANAGER. */
  suspendAccess: SystemAccount;
  /** Moves, changes the impact of, starts, completes or cancels a maintenance window. IT and MANAGER. */
  updateMaintenanceWindow: MaintenanceWindow;
  /** Asks the requester something (a public comment); the resolution clock stands still until they answer. IT and MANAGER. */
  waitOnRequester: Ticket;
};


export type MutationAddSystemArgs = {
  input: AddSystemInput;
};


export type MutationAssignAssetArgs = {
  input: AssignAssetInput;
};


export type MutationAssignSeatArgs = {
  input: SeatInput;
};


export type MutationAssignTicketArgs = {
  input: AssignTicketInput;
};


export type MutationCloseTicketArgs = {
  input: TicketChangeInput;
};


export type MutationCommentOnTicketArgs = {
  input: CommentOnTicketInput;
};


export type MutationFulfilWithAssetArgs = {
  input: FulfilWithAssetInput;
};


export type MutationGrantAccessArgs = {
  input: GrantAccessInput;
};


export type MutationHandOutSuppliesArgs = {
  input: HandOutSuppliesInput;
};


export type MutationMarkAssetLostArgs = {
  input: AssetChangeInput;
};


export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


export type MutationRegisterAssetArgs = {
  input: RegisterAssetInput;
};


export type MutationRegisterLicenseArgs = {
  input: RegisterLicenseInput;
};


export type MutationReleaseSeatArgs = {
  input: SeatInput;
};


export type MutationRenewLicenseArgs = {
  input: RenewLicenseInput;
};


export type MutationReopenTicketArgs = {
  input: ReopenTicketInput;
};


export type MutationRequestSuppliesArgs = {
  input: RequestSuppliesInput;
};


export type MutationResolveTicketArgs = {
  input: ResolveTicketInput;
};


export type MutationRestockSupplyArgs = {
  input: RestockSupplyInput;
};


export type MutationRetireAssetArgs = {
  input: AssetChangeInput;
};


export type MutationReturnAssetArgs = {
  input: ReturnAssetInput;
};


export type MutationReviewAccessArgs = {
  input: ReviewAccessInput;
};


export type MutationRevokeAccessArgs = {
  input: AccountChangeInput;
};


export type MutationScheduleMaintenanceArgs = {
  input: ScheduleMaintenanceInput;
};


export type MutationSendToRepairArgs = {
  input: AssetChangeInput;
};


export type MutationSetAccessBundleArgs = {
  input: SetAccessBundleInput;
};


export type MutationStartTicketArgs = {
  input: TicketChangeInput;
};


export type MutationSuspendAccessArgs = {
  input: AccountChangeInput;
};


export type MutationUpdateMaintenanceWindowArgs = {
  input: UpdateMaintenanceWindowInput;
};


export type MutationWaitOnRequesterArgs = {
  input: WaitOnRequesterInput;
};

export type OpenTicketInput = {
  assetId?: InputMaybe<Scalars['ID']['input']>;
  category: TicketCategory;
  description: Scalars['String']['input'];
  priority?: InputMaybe<TicketPriority>;
  /** IT and MANAGER may open a ticket for someone else; an employee opens their own. */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
  system?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An event a service published: what happened and what caused it, without its data. */
export type PublishedEvent = {
  __typename?: 'PublishedEvent';
  actor: Scalars['String']['output'];
  /** The event this one reacts to; null when a command or a job caused it. */
  causationId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  sequence: Scalars['Int']['output'];
  subject: Scalars['String']['output'];
  time: Scalars['DateTime']['output'];
  topic: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every department's bundle that has one of its own. IT, MANAGER and HR. */
  accessBundles: Array<AccessBundle>;
  /** Movers' and leavers' changes of access (PENDING by default), soonest due first. IT and MANAGER. */
  accessChanges: Array<AccessChange>;
  /** Access that does not match the person's bundle or employment: a department's people, or the whole company (accounts of unknown people included). IT and MANAGER. */
  accessReview: Array<AccessFinding>;
  /** One asset: IT and MANAGER, or the employee holding it. */
  asset: Maybe<Asset>;
  /** The asset with this tag (any case): IT and MANAGER, or the employee holding it. */
  assetByTag: Maybe<Asset>;
  /** The categories with their useful life. */
  assetCategories: Array<AssetCategory>;
  /** Known models, by manufacturer and name. IT and MANAGER. */
  assetModels: Array<AssetModel>;
  /** Assets, filtered, newest first, a page at a time. IT and MANAGER. */
  assets: AssetConnection;
  /** Equipment in use per department at the end of each month of a year that has begun (today for the month still running): the assets held that day, by the holder's department that day; departmentId narrows it to one. IT and MANAGER. */
  equipmentInUseByMonth: Array<MonthlyEquipmentInUse>;
  /** Counts by status and priority and median answer and resolution times, in business minutes, over tickets opened between from and to (the last 30 days by default). IT and MANAGER. */
  helpdeskStats: HelpdeskStats;
  /** One licence. IT and MANAGER. */
  license: Maybe<License>;
  /** Licences, soonest renewal first; with expiringWithinDays, those renewing within that many days from today, and those past their renewal date. IT and MANAGER. */
  licenses: Array<License>;
  /** Maintenance windows overlapping the range (the next 30 days by default), soonest first. Anyone signed in. */
  maintenanceWindows: Array<MaintenanceWindow>;
  /** The supply catalogue. Anyone signed in (stock counts: IT and MANAGER). */
  supplyItems: Array<SupplyItem>;
  /** IT's catalogue of systems. Anyone signed in. */
  systems: Array<ItSystem>;
  /** One ticket: IT and MANAGER, or its requester. */
  ticket: Maybe<Ticket>;
  /** The helpdesk queue, filtered and ordered, a page at a time. IT and MANAGER see every ticket; an employee their own (the filter's requesterId is then theirs). */
  tickets: TicketConnection;
};


export type QueryAccessChangesArgs = {
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AccessChangeStatus>;
};


export type QueryAccessReviewArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAssetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssetByTagArgs = {
  tag: Scalars['String']['input'];
};


export type QueryAssetModelsArgs = {
  category?: InputMaybe<AssetCategoryCode>;
};


export type QueryAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEquipmentInUseByMonthArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryHelpdeskStatsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryLicenseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLicensesArgs = {
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMaintenanceWindowsArgs = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  system?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TicketOrder>;
};

export type RegisterAssetInput = {
  category: AssetCategoryCode;
  /** NEW unless said. */
  condition?: InputMaybe<AssetCondition>;
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  manufacturer: Scalars['String']['input'];
  /** The model's name; a model not known yet is added under the category. */
  model: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  purchaseCost: Scalars['Decimal']['input'];
  purchaseDate: Scalars['Date']['input'];
  serialNumber: Scalars['String']['input'];
  supplier?: InputMaybe<Scalars['String']['input']>;
  warrantyEndsOn?: InputMaybe<Scalars['Date']['input']>;
};

export type RegisterLicenseInput = {
  billingPeriod: BillingPeriod;
  costPerPeriod: Scalars['Decimal']['input'];
  currency: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  product: Scalars['String']['input'];
  renewalDate: Scalars['Date']['input'];
  seats: Scalars['Int']['input'];
  vendor: Scalars['String']['input'];
};

export type RenewLicenseInput = {
  /** Unchanged unless said. */
  costPerPeriod?: InputMaybe<Scalars['Decimal']['input']>;
  expectedVersion: Scalars['Int']['input'];
  licenseId: Scalars['ID']['input'];
  /** The next renewal date, after the current one. */
  renewalDate: Scalars['Date']['input'];
  /** The seats for the coming period; unchanged unless said. Never fewer than the seats in use. */
  seats?: InputMaybe<Scalars['Int']['input']>;
};

export type ReopenTicketInput = {
  expectedVersion: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};

export type RequestSuppliesInput = {
  items: Array<SupplyRequestLineInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** IT and MANAGER may ask for someone else. */
  requesterId?: InputMaybe<Scalars['ID']['input']>;
};

export type ResolveTicketInput = {
  expectedVersion: Scalars['Int']['input'];
  /** What was done; the requester sees it. */
  note: Scalars['String']['input'];
  resolution: TicketResolution;
  ticketId: Scalars['ID']['input'];
};

export type RestockSupplyInput = {
  item: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
};

export type ReturnAssetInput = {
  assetId: Scalars['ID']['input'];
  condition: AssetCondition;
  expectedVersion: Scalars['Int']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Today unless said. */
  returnedOn?: InputMaybe<Scalars['Date']['input']>;
};

export type ReviewAccessInput = {
  accountId: Scalars['ID']['input'];
  decision: AccessReviewDecision;
  reason: Scalars['String']['input'];
};

export type ScheduleMaintenanceInput = {
  endsAt: Scalars['DateTime']['input'];
  impact: MaintenanceImpact;
  startsAt: Scalars['DateTime']['input'];
  system: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type SeatInput = {
  /** HR's employee id. */
  employeeId: Scalars['ID']['input'];
  licenseId: Scalars['ID']['input'];
  /** The day the seat is given or freed: today unless said, never ahead (and a release never before the seat was given). */
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type SetAccessBundleInput = {
  departmentId: Scalars['ID']['input'];
  equipment: Array<EquipmentKitItemInput>;
  /** The bundle's version read: 0 for a department without a bundle of its own. */
  expectedVersion: Scalars['Int']['input'];
  /** Its own systems (the systems for everyone are in every bundle anyway). */
  systems: Array<Scalars['String']['input']>;
};

export type SupplyItem = {
  __typename?: 'SupplyItem';
  assetCategory: Maybe<AssetCategoryCode>;
  code: Scalars['String']['output'];
  kind: SupplyKind;
  /** A restock ticket is raised when the stock falls to this. IT and MANAGER. */
  lowStockThreshold: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** How many are in stock (consumables). IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  stock: Maybe<Scalars['Int']['output']>;
};

export type SupplyKind =
  /** Handed out from a stock count. */
  | 'CONSUMABLE'
  /** Fulfilled with an asset of its category from the inventory. */
  | 'EQUIPMENT';

export type SupplyRequestLineInput = {
  item: Scalars['String']['input'];
  quantity?: Scalars['Int']['input'];
};

/** An account someone holds in one of the company's systems. */
export type SystemAccount = {
  __typename?: 'SystemAccount';
  /** The business date it is active from (for SCHEDULED: the date it will be). */
  activeFrom: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  employee: Employee;
  /** Every status change, oldest first, with its reason. IT and MANAGER; anyone else gets null with a FORBIDDEN error at this path. */
  history: Maybe<Array<SystemAccountChange>>;
  id: Scalars['ID']['output'];
  origin: AccountOrigin;
  revokedOn: Maybe<Scalars['Date']['output']>;
  status: SystemAccountStatus;
  /** The system's lower-case code in IT's catalogue, e.g. email or source-control. */
  system: Scalars['String']['output'];
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SystemAccountChange = {
  __typename?: 'SystemAccountChange';
  /** Who made it: an employee id, service:<name>, or system (a reaction to HR or the access-lifecycle job). */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The business date the change took effect. */
  effectiveOn: Scalars['Date']['output'];
  reason: Maybe<Scalars['String']['output']>;
  status: SystemAccountStatus;
};

export type SystemAccountStatus =
  | 'ACTIVE'
  | 'REVOKED'
  /** Prepared for a future date (a joiner before their start date). */
  | 'SCHEDULED'
  /** Unusable until granted again or revoked. */
  | 'SUSPENDED';

export type Ticket = {
  __typename?: 'Ticket';
  asset: Maybe<Asset>;
  assignee: Maybe<Employee>;
  category: TicketCategory;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** Public comments, and for IT and MANAGER internal notes too, oldest first. */
  comments: Array<TicketComment>;
  description: Scalars['String']['output'];
  /** The date the work is due, for a ticket another department's event opened. */
  dueOn: Maybe<Scalars['Date']['output']>;
  /** Whom it is about: the requester, a joiner, a leaver. */
  employee: Maybe<Employee>;
  firstRespondedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** What it asks for or lists: supplies, a joiner's kit, a leaver's equipment. */
  items: Array<TicketItem>;
  kind: TicketKind;
  /** TCK-000042, what people quote. */
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  priority: TicketPriority;
  /** Until when the requester may reopen it (resolved tickets). */
  reopenableUntil: Maybe<Scalars['DateTime']['output']>;
  /** Who asked; null when a hire, a termination or low stock opened it. */
  requester: Maybe<Employee>;
  resolution: Maybe<TicketResolution>;
  resolutionNote: Maybe<Scalars['String']['output']>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  sla: TicketSla;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  /** The system it is about, by its catalogue code. */
  system: Maybe<Scalars['String']['output']>;
  /** Every change, oldest first (internal notes' entries for IT and MANAGER only). */
  timeline: Array<TicketTimelineEntry>;
  version: Scalars['Int']['output'];
};

export type TicketCategory =
  | 'ACCESS'
  | 'FACILITIES'
  | 'HARDWARE'
  | 'NETWORK'
  | 'OFFICE_SUPPLIES'
  | 'OTHER'
  | 'SOFTWARE';

export type TicketChangeInput = {
  expectedVersion: Scalars['Int']['input'];
  ticketId: Scalars['ID']['input'];
};

export type TicketComment = {
  __typename?: 'TicketComment';
  at: Scalars['DateTime']['output'];
  /** An employee id, or service:<name> / system. */
  author: Scalars['String']['output'];
  body: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A note the requester never sees. */
  internal: Scalars['Boolean']['output'];
};

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketCount = {
  __typename?: 'TicketCount';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

export type TicketFilter = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Missed a target (or is past one now). */
  breached?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<TicketCategory>;
  kind?: InputMaybe<TicketKind>;
  priority?: InputMaybe<Array<TicketPriority>>;
  requesterId?: InputMaybe<Scalars['ID']['input']>;
  /** In the number, subject or description. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<TicketStatus>>;
};

export type TicketItem = {
  __typename?: 'TicketItem';
  /** The asset handed out for it, or the asset to bring back. */
  asset: Maybe<Asset>;
  /** The asset category, for a joiner's kit. */
  assetCategory: Maybe<AssetCategoryCode>;
  done: Scalars['Boolean']['output'];
  /** How many were handed out (or, for a recovery, 1 once the asset is back). */
  handedOut: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  /** The catalogue item, for supplies. */
  supplyItem: Maybe<SupplyItem>;
};

export type TicketKind =
  /** A joiner's standard kit, opened by their hire; due before their first morning. */
  | 'EQUIPMENT'
  /** A leaver's equipment to bring back, opened by their termination; due by the end of their last day. */
  | 'RECOVERY'
  /** Asked by someone for something that is wrong or missing. */
  | 'REQUEST'
  /** A consumable ran low. */
  | 'RESTOCK'
  /** Something from the supply catalogue. */
  | 'SUPPLY';

export type TicketOrder =
  /** Newest first (the default). */
  | 'NEWEST'
  | 'OLDEST'
  /** Most urgent first, then oldest. */
  | 'PRIORITY'
  /** Soonest resolution due first. */
  | 'RESOLUTION_DUE';

export type TicketPriority =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type TicketResolution =
  | 'ANSWERED'
  /** Not needed any more (a recovery whose termination was withdrawn). */
  | 'CANCELLED'
  | 'DUPLICATE'
  | 'FIXED'
  | 'FULFILLED'
  | 'WONT_FIX';

/** How a ticket stands against its targets, in business hours (working hours in the company's time zone, without holidays). */
export type TicketSla = {
  __typename?: 'TicketSla';
  breached: Scalars['Boolean']['output'];
  firstResponseBreached: Scalars['Boolean']['output'];
  firstResponseDue: Scalars['DateTime']['output'];
  /** The resolution clock stands still (waiting on the requester, or resolved). */
  paused: Scalars['Boolean']['output'];
  /** Business minutes the resolution clock has stood still so far. */
  pausedFor: Scalars['Int']['output'];
  resolutionBreached: Scalars['Boolean']['output'];
  /** Moves later by the business time the ticket waited on its requester. */
  resolutionDue: Scalars['DateTime']['output'];
};

export type TicketStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  /** Done; the requester may reopen it for a few days, then it closes by itself. */
  | 'RESOLVED'
  /** Waiting on the requester: the resolution clock stands still until they answer. */
  | 'WAITING';

export type TicketTimelineEntry = {
  __typename?: 'TicketTimelineEntry';
  /** OPENED, ASSIGNED, STARTED, WAITING, RESUMED, COMMENTED, HANDED_OUT, RESOLVED, REOPENED, CLOSED, SLA_BREACHED. */
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** What changed, as JSON without free text (an assignee, an item and quantity, a target). */
  details: Scalars['String']['output'];
  fromStatus: Maybe<TicketStatus>;
  toStatus: Maybe<TicketStatus>;
};

export type UpdateMaintenanceWindowInput = {
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  expectedVersion: Scalars['Int']['input'];
  impact?: InputMaybe<MaintenanceImpact>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<MaintenanceStatus>;
  windowId: Scalars['ID']['input'];
};

export type WaitOnRequesterInput = {
  expectedVersion: Scalars['Int']['input'];
  /** What the requester is asked; a public comment. */
  message: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Asset: Asset;
  Correlation: Correlation;
  Department: Department;
  Employee: Employee;
  License: License;
  Ticket: Ticket;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Asset:
    ( { __typename: 'Asset' }
    & GraphQLRecursivePick<FederationTypes['Asset'], {"id":true}> );
  Correlation:
    ( { __typename: 'Correlation' }
    & GraphQLRecursivePick<FederationTypes['Correlation'], {"id":true}> );
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"id":true}> );
  Employee:
    ( { __typename: 'Employee' }
    & GraphQLRecursivePick<FederationTypes['Employee'], {"id":true}> );
  License:
    ( { __typename: 'License' }
    & GraphQLRecursivePick<FederationTypes['License'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessBundle: ResolverTypeWrapper<AccessBundleRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccessChange: ResolverTypeWrapper<AccessChangeRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccessChangeKind: AccessChangeKind;
  AccessChangeStatus: AccessChangeStatus;
  AccessFinding: ResolverTypeWrapper<AccessFindingRecord>;
  AccessFindingKind: AccessFindingKind;
  AccessReviewDecision: AccessReviewDecision;
  AccountChangeInput: AccountChangeInput;
  AccountOrigin: AccountOrigin;
  AddSystemInput: AddSystemInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Asset: ResolverTypeWrapper<AssetRecord>;
  AssetAction: AssetAction;
  AssetAssignment: ResolverTypeWrapper<AssetAssignmentRecord>;
  AssetCategory: ResolverTypeWrapper<AssetCategoryRecord>;
  AssetCategoryCode: AssetCategoryCode;
  AssetChangeInput: AssetChangeInput;
  AssetCondition: AssetCondition;
  AssetConnection: ResolverTypeWrapper<Omit<AssetConnection, 'edges'> & { edges: Array<ResolversTypes['AssetEdge']> }>;
  AssetEdge: ResolverTypeWrapper<Omit<AssetEdge, 'node'> & { node: ResolversTypes['Asset'] }>;
  AssetFilter: AssetFilter;
  AssetHistoryEntry: ResolverTypeWrapper<AssetHistoryRecord>;
  AssetModel: ResolverTypeWrapper<AssetModelRecord>;
  AssetStatus: AssetStatus;
  AssetsInUse: ResolverTypeWrapper<AssetsInUseRecord>;
  AssignAssetInput: AssignAssetInput;
  AssignTicketInput: AssignTicketInput;
  BillingPeriod: BillingPeriod;
  CommentOnTicketInput: CommentOnTicketInput;
  Correlation: ResolverTypeWrapper<CorrelationRecord>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: ResolverTypeWrapper<DepartmentReference>;
  Employee: ResolverTypeWrapper<EmployeeReference>;
  EquipmentKitItem: ResolverTypeWrapper<EquipmentKitItemRecord>;
  EquipmentKitItemInput: EquipmentKitItemInput;
  FulfilWithAssetInput: FulfilWithAssetInput;
  GrantAccessInput: GrantAccessInput;
  HandOutSuppliesInput: HandOutSuppliesInput;
  HelpdeskStats: ResolverTypeWrapper<HelpdeskStatsRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ItSystem: ResolverTypeWrapper<ItSystemRecord>;
  License: ResolverTypeWrapper<LicenseRecord>;
  LicenseSeat: ResolverTypeWrapper<LicenseSeatRecord>;
  MaintenanceImpact: MaintenanceImpact;
  MaintenanceStatus: MaintenanceStatus;
  MaintenanceWindow: ResolverTypeWrapper<MaintenanceWindowRecord>;
  Money: ResolverTypeWrapper<Money>;
  MonthlyEquipmentInUse: ResolverTypeWrapper<MonthlyEquipmentInUseRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: OpenTicketInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishedEvent: ResolverTypeWrapper<PublishedEventRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterAssetInput: RegisterAssetInput;
  RegisterLicenseInput: RegisterLicenseInput;
  RenewLicenseInput: RenewLicenseInput;
  ReopenTicketInput: ReopenTicketInput;
  RequestSuppliesInput: RequestSuppliesInput;
  ResolveTicketInput: ResolveTicketInput;
  RestockSupplyInput: RestockSupplyInput;
  ReturnAssetInput: ReturnAssetInput;
  ReviewAccessInput: ReviewAccessInput;
  ScheduleMaintenanceInput: ScheduleMaintenanceInput;
  SeatInput: SeatInput;
  SetAccessBundleInput: SetAccessBundleInput;
  SupplyItem: ResolverTypeWrapper<SupplyItemRecord>;
  SupplyKind: SupplyKind;
  SupplyRequestLineInput: SupplyRequestLineInput;
  SystemAccount: ResolverTypeWrapper<SystemAccountRecord>;
  SystemAccountChange: ResolverTypeWrapper<SystemAccountChangeRecord>;
  SystemAccountStatus: SystemAccountStatus;
  Ticket: ResolverTypeWrapper<TicketRecord>;
  TicketCategory: TicketCategory;
  TicketChangeInput: TicketChangeInput;
  TicketComment: ResolverTypeWrapper<TicketCommentRecord>;
  TicketConnection: ResolverTypeWrapper<Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }>;
  TicketCount: ResolverTypeWrapper<TicketCount>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketFilter: TicketFilter;
  TicketItem: ResolverTypeWrapper<TicketItemRecord>;
  TicketKind: TicketKind;
  TicketOrder: TicketOrder;
  TicketPriority: TicketPriority;
  TicketResolution: TicketResolution;
  TicketSla: ResolverTypeWrapper<TicketSlaRecord>;
  TicketStatus: TicketStatus;
  TicketTimelineEntry: ResolverTypeWrapper<TicketTimelineRecord>;
  UpdateMaintenanceWindowInput: UpdateMaintenanceWindowInput;
  WaitOnRequesterInput: WaitOnRequesterInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessBundle: AccessBundleRecord;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AccessChange: AccessChangeRecord;
  ID: Scalars['ID']['output'];
  AccessFinding: AccessFindingRecord;
  AccountChangeInput: AccountChangeInput;
  AddSystemInput: AddSystemInput;
  Boolean: Scalars['Boolean']['output'];
  Asset: AssetRecord;
  AssetAssignment: AssetAssignmentRecord;
  AssetCategory: AssetCategoryRecord;
  AssetChangeInput: AssetChangeInput;
  AssetConnection: Omit<AssetConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetEdge']> };
  AssetEdge: Omit<AssetEdge, 'node'> & { node: ResolversParentTypes['Asset'] };
  AssetFilter: AssetFilter;
  AssetHistoryEntry: AssetHistoryRecord;
  AssetModel: AssetModelRecord;
  AssetsInUse: AssetsInUseRecord;
  AssignAssetInput: AssignAssetInput;
  AssignTicketInput: AssignTicketInput;
  CommentOnTicketInput: CommentOnTicketInput;
  Correlation: CorrelationRecord;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Department: DepartmentReference;
  Employee: EmployeeReference;
  EquipmentKitItem: EquipmentKitItemRecord;
  EquipmentKitItemInput: EquipmentKitItemInput;
  FulfilWithAssetInput: FulfilWithAssetInput;
  GrantAccessInput: GrantAccessInput;
  HandOutSuppliesInput: HandOutSuppliesInput;
  HelpdeskStats: HelpdeskStatsRecord;
  Float: Scalars['Float']['output'];
  ItSystem: ItSystemRecord;
  License: LicenseRecord;
  LicenseSeat: LicenseSeatRecord;
  MaintenanceWindow: MaintenanceWindowRecord;
  Money: Money;
  MonthlyEquipmentInUse: MonthlyEquipmentInUseRecord;
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: OpenTicketInput;
  PageInfo: PageInfo;
  PublishedEvent: PublishedEventRecord;
  Query: Record<PropertyKey, never>;
  RegisterAssetInput: RegisterAssetInput;
  RegisterLicenseInput: RegisterLicenseInput;
  RenewLicenseInput: RenewLicenseInput;
  ReopenTicketInput: ReopenTicketInput;
  RequestSuppliesInput: RequestSuppliesInput;
  ResolveTicketInput: ResolveTicketInput;
  RestockSupplyInput: RestockSupplyInput;
  ReturnAssetInput: ReturnAssetInput;
  ReviewAccessInput: ReviewAccessInput;
  ScheduleMaintenanceInput: ScheduleMaintenanceInput;
  SeatInput: SeatInput;
  SetAccessBundleInput: SetAccessBundleInput;
  SupplyItem: SupplyItemRecord;
  SupplyRequestLineInput: SupplyRequestLineInput;
  SystemAccount: SystemAccountRecord;
  SystemAccountChange: SystemAccountChangeRecord;
  Ticket: TicketRecord;
  TicketChangeInput: TicketChangeInput;
  TicketComment: TicketCommentRecord;
  TicketConnection: Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> };
  TicketCount: TicketCount;
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketFilter: TicketFilter;
  TicketItem: TicketItemRecord;
  TicketSla: TicketSlaRecord;
  TicketTimelineEntry: TicketTimelineRecord;
  UpdateMaintenanceWindowInput: UpdateMaintenanceWindowInput;
  WaitOnRequesterInput: WaitOnRequesterInput;
};

export type AccessBundleResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AccessBundle'] = ResolversParentTypes['AccessBundle']> = {
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  equipment?: Resolver<Array<ResolversTypes['EquipmentKitItem']>, ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['ItSystem']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AccessChangeResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AccessChange'] = ResolversParentTypes['AccessChange']> = {
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  fromDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AccessChangeKind'], ParentType, ContextType>;
  settledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AccessChangeStatus'], ParentType, ContextType>;
  toDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
};

export type AccessFindingResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AccessFinding'] = ResolversParentTypes['AccessFinding']> = {
  account?: Resolver<ResolversTypes['SystemAccount'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AccessFindingKind'], ParentType, ContextType>;
};

export type AssetResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset'], FederationReferenceType extends FederationReferenceTypes['Asset'] = FederationReferenceTypes['Asset']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Asset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Maybe<Array<ResolversTypes['AssetAssignment']>>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['AssetCategory'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['AssetCondition'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentAssignment?: Resolver<Maybe<ResolversTypes['AssetAssignment']>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['AssetHistoryEntry']>>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  model?: Resolver<ResolversTypes['AssetModel'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purchaseCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  purchaseDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  serialNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssetStatus'], ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tag?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unrecoveredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warrantyEndsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AssetAssignmentResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AssetAssignment'] = ResolversParentTypes['AssetAssignment']> = {
  assignedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  conditionIn?: Resolver<Maybe<ResolversTypes['AssetCondition']>, ParentType, ContextType>;
  conditionOut?: Resolver<ResolversTypes['AssetCondition'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  endedAs?: Resolver<Maybe<ResolversTypes['AssetAction']>, ParentType, ContextType>;
  expectedReturnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  handedOverBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type AssetCategoryResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AssetCategory'] = ResolversParentTypes['AssetCategory']> = {
  code?: Resolver<ResolversTypes['AssetCategoryCode'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usefulLifeMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssetConnectionResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AssetConnection'] = ResolversParentTypes['AssetConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AssetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AssetEdgeResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AssetEdge'] = ResolversParentTypes['AssetEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
};

export type AssetHistoryEntryResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AssetHistoryEntry'] = ResolversParentTypes['AssetHistoryEntry']> = {
  action?: Resolver<ResolversTypes['AssetAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['AssetCondition']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssetStatus'], ParentType, ContextType>;
};

export type AssetModelResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AssetModel'] = ResolversParentTypes['AssetModel']> = {
  category?: Resolver<ResolversTypes['AssetCategory'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manufacturer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AssetsInUseResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['AssetsInUse'] = ResolversParentTypes['AssetsInUse']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purchaseCost?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type CorrelationResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['Correlation'] = ResolversParentTypes['Correlation'], FederationReferenceType extends FederationReferenceTypes['Correlation'] = FederationReferenceTypes['Correlation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Correlation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  itEvents?: Resolver<Array<ResolversTypes['PublishedEvent']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DepartmentResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'], FederationReferenceType extends FederationReferenceTypes['Department'] = FederationReferenceTypes['Department']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Department']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accessBundle?: Resolver<Maybe<ResolversTypes['AccessBundle']>, ParentType, ContextType>;
  assetsInUse?: Resolver<Maybe<ResolversTypes['AssetsInUse']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmployeeResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee'], FederationReferenceType extends FederationReferenceTypes['Employee'] = FederationReferenceTypes['Employee']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Employee']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accounts?: Resolver<Maybe<Array<ResolversTypes['SystemAccount']>>, ParentType, ContextType>;
  assets?: Resolver<Maybe<Array<ResolversTypes['Asset']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licenses?: Resolver<Maybe<Array<ResolversTypes['LicenseSeat']>>, ParentType, ContextType>;
  tickets?: Resolver<Maybe<Array<ResolversTypes['Ticket']>>, ParentType, ContextType, Partial<EmployeeTicketsArgs>>;
};

export type EquipmentKitItemResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['EquipmentKitItem'] = ResolversParentTypes['EquipmentKitItem']> = {
  category?: Resolver<ResolversTypes['AssetCategory'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HelpdeskStatsResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['HelpdeskStats'] = ResolversParentTypes['HelpdeskStats']> = {
  breached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byPriority?: Resolver<Array<ResolversTypes['TicketCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['TicketCount']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  medianFirstResponseMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianResolutionMinutes?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ItSystemResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['ItSystem'] = ResolversParentTypes['ItSystem']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forEveryone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LicenseResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['License'] = ResolversParentTypes['License'], FederationReferenceType extends FederationReferenceTypes['License'] = FederationReferenceTypes['License']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['License']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billingPeriod?: Resolver<ResolversTypes['BillingPeriod'], ParentType, ContextType>;
  costPerPeriod?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  holders?: Resolver<Maybe<Array<ResolversTypes['LicenseSeat']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  renewalDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsFree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vendor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LicenseSeatResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['LicenseSeat'] = ResolversParentTypes['LicenseSeat']> = {
  assignedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assignedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  license?: Resolver<ResolversTypes['License'], ParentType, ContextType>;
  releasedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type MaintenanceWindowResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['MaintenanceWindow'] = ResolversParentTypes['MaintenanceWindow']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['MaintenanceImpact'], ParentType, ContextType>;
  plannedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MaintenanceStatus'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MonthlyEquipmentInUseResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['MonthlyEquipmentInUse'] = ResolversParentTypes['MonthlyEquipmentInUse']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addSystem?: Resolver<ResolversTypes['ItSystem'], ParentType, ContextType, RequireFields<MutationAddSystemArgs, 'input'>>;
  assignAsset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationAssignAssetArgs, 'input'>>;
  assignSeat?: Resolver<ResolversTypes['LicenseSeat'], ParentType, ContextType, RequireFields<MutationAssignSeatArgs, 'input'>>;
  assignTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationAssignTicketArgs, 'input'>>;
  closeTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationCloseTicketArgs, 'input'>>;
  commentOnTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationCommentOnTicketArgs, 'input'>>;
  fulfilWithAsset?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationFulfilWithAssetArgs, 'input'>>;
  grantAccess?: Resolver<ResolversTypes['SystemAccount'], ParentType, ContextType, RequireFields<MutationGrantAccessArgs, 'input'>>;
  handOutSupplies?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationHandOutSuppliesArgs, 'input'>>;
  markAssetLost?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationMarkAssetLostArgs, 'input'>>;
  openTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationOpenTicketArgs, 'input'>>;
  registerAsset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationRegisterAssetArgs, 'input'>>;
  registerLicense?: Resolver<ResolversTypes['License'], ParentType, ContextType, RequireFields<MutationRegisterLicenseArgs, 'input'>>;
  releaseSeat?: Resolver<ResolversTypes['LicenseSeat'], ParentType, ContextType, RequireFields<MutationReleaseSeatArgs, 'input'>>;
  renewLicense?: Resolver<ResolversTypes['License'], ParentType, ContextType, RequireFields<MutationRenewLicenseArgs, 'input'>>;
  reopenTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationReopenTicketArgs, 'input'>>;
  requestSupplies?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationRequestSuppliesArgs, 'input'>>;
  resolveTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationResolveTicketArgs, 'input'>>;
  restockSupply?: Resolver<ResolversTypes['SupplyItem'], ParentType, ContextType, RequireFields<MutationRestockSupplyArgs, 'input'>>;
  retireAsset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationRetireAssetArgs, 'input'>>;
  returnAsset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationReturnAssetArgs, 'input'>>;
  reviewAccess?: Resolver<ResolversTypes['AccessFinding'], ParentType, ContextType, RequireFields<MutationReviewAccessArgs, 'input'>>;
  revokeAccess?: Resolver<ResolversTypes['SystemAccount'], ParentType, ContextType, RequireFields<MutationRevokeAccessArgs, 'input'>>;
  scheduleMaintenance?: Resolver<ResolversTypes['MaintenanceWindow'], ParentType, ContextType, RequireFields<MutationScheduleMaintenanceArgs, 'input'>>;
  sendToRepair?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationSendToRepairArgs, 'input'>>;
  setAccessBundle?: Resolver<ResolversTypes['AccessBundle'], ParentType, ContextType, RequireFields<MutationSetAccessBundleArgs, 'input'>>;
  startTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationStartTicketArgs, 'input'>>;
  suspendAccess?: Resolver<ResolversTypes['SystemAccount'], ParentType, ContextType, RequireFields<MutationSuspendAccessArgs, 'input'>>;
  updateMaintenanceWindow?: Resolver<ResolversTypes['MaintenanceWindow'], ParentType, ContextType, RequireFields<MutationUpdateMaintenanceWindowArgs, 'input'>>;
  waitOnRequester?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationWaitOnRequesterArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PublishedEventResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['PublishedEvent'] = ResolversParentTypes['PublishedEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  causationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessBundles?: Resolver<Array<ResolversTypes['AccessBundle']>, ParentType, ContextType>;
  accessChanges?: Resolver<Array<ResolversTypes['AccessChange']>, ParentType, ContextType, RequireFields<QueryAccessChangesArgs, 'status'>>;
  accessReview?: Resolver<Array<ResolversTypes['AccessFinding']>, ParentType, ContextType, Partial<QueryAccessReviewArgs>>;
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType, RequireFields<QueryAssetArgs, 'id'>>;
  assetByTag?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType, RequireFields<QueryAssetByTagArgs, 'tag'>>;
  assetCategories?: Resolver<Array<ResolversTypes['AssetCategory']>, ParentType, ContextType>;
  assetModels?: Resolver<Array<ResolversTypes['AssetModel']>, ParentType, ContextType, Partial<QueryAssetModelsArgs>>;
  assets?: Resolver<ResolversTypes['AssetConnection'], ParentType, ContextType, RequireFields<QueryAssetsArgs, 'first'>>;
  equipmentInUseByMonth?: Resolver<Array<ResolversTypes['MonthlyEquipmentInUse']>, ParentType, ContextType, RequireFields<QueryEquipmentInUseByMonthArgs, 'year'>>;
  helpdeskStats?: Resolver<ResolversTypes['HelpdeskStats'], ParentType, ContextType, Partial<QueryHelpdeskStatsArgs>>;
  license?: Resolver<Maybe<ResolversTypes['License']>, ParentType, ContextType, RequireFields<QueryLicenseArgs, 'id'>>;
  licenses?: Resolver<Array<ResolversTypes['License']>, ParentType, ContextType, Partial<QueryLicensesArgs>>;
  maintenanceWindows?: Resolver<Array<ResolversTypes['MaintenanceWindow']>, ParentType, ContextType, Partial<QueryMaintenanceWindowsArgs>>;
  supplyItems?: Resolver<Array<ResolversTypes['SupplyItem']>, ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['ItSystem']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
  tickets?: Resolver<ResolversTypes['TicketConnection'], ParentType, ContextType, RequireFields<QueryTicketsArgs, 'first' | 'orderBy'>>;
};

export type SupplyItemResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['SupplyItem'] = ResolversParentTypes['SupplyItem']> = {
  assetCategory?: Resolver<Maybe<ResolversTypes['AssetCategoryCode']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupplyKind'], ParentType, ContextType>;
  lowStockThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stock?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SystemAccountResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['SystemAccount'] = ResolversParentTypes['SystemAccount']> = {
  activeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['SystemAccountChange']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['AccountOrigin'], ParentType, ContextType>;
  revokedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SystemAccountStatus'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SystemAccountChangeResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['SystemAccountChange'] = ResolversParentTypes['SystemAccountChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SystemAccountStatus'], ParentType, ContextType>;
};

export type TicketResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['TicketComment']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  firstRespondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['TicketItem']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TicketKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  reopenableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requester?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['TicketResolution']>, ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sla?: Resolver<ResolversTypes['TicketSla'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TicketTimelineEntry']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketCommentResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['TicketComment'] = ResolversParentTypes['TicketComment']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketCountResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['TicketCount'] = ResolversParentTypes['TicketCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TicketEdgeResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketItemResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['TicketItem'] = ResolversParentTypes['TicketItem']> = {
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType>;
  assetCategory?: Resolver<Maybe<ResolversTypes['AssetCategoryCode']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  handedOut?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supplyItem?: Resolver<Maybe<ResolversTypes['SupplyItem']>, ParentType, ContextType>;
};

export type TicketSlaResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['TicketSla'] = ResolversParentTypes['TicketSla']> = {
  breached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstResponseBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstResponseDue?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pausedFor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolutionBreached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolutionDue?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TicketTimelineEntryResolvers<ContextType = ItContext, ParentType extends ResolversParentTypes['TicketTimelineEntry'] = ResolversParentTypes['TicketTimelineEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['TicketStatus']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['TicketStatus']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = ItContext> = {
  AccessBundle?: AccessBundleResolvers<ContextType>;
  AccessChange?: AccessChangeResolvers<ContextType>;
  AccessFinding?: AccessFindingResolvers<ContextType>;
  Asset?: AssetResolvers<ContextType>;
  AssetAssignment?: AssetAssignmentResolvers<ContextType>;
  AssetCategory?: AssetCategoryResolvers<ContextType>;
  AssetConnection?: AssetConnectionResolvers<ContextType>;
  AssetEdge?: AssetEdgeResolvers<ContextType>;
  AssetHistoryEntry?: AssetHistoryEntryResolvers<ContextType>;
  AssetModel?: AssetModelResolvers<ContextType>;
  AssetsInUse?: AssetsInUseResolvers<ContextType>;
  Correlation?: CorrelationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EquipmentKitItem?: EquipmentKitItemResolvers<ContextType>;
  HelpdeskStats?: HelpdeskStatsResolvers<ContextType>;
  ItSystem?: ItSystemResolvers<ContextType>;
  License?: LicenseResolvers<ContextType>;
  LicenseSeat?: LicenseSeatResolvers<ContextType>;
  MaintenanceWindow?: MaintenanceWindowResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  MonthlyEquipmentInUse?: MonthlyEquipmentInUseResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PublishedEvent?: PublishedEventResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupplyItem?: SupplyItemResolvers<ContextType>;
  SystemAccount?: SystemAccountResolvers<ContextType>;
  SystemAccountChange?: SystemAccountChangeResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketComment?: TicketCommentResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketCount?: TicketCountResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketItem?: TicketItemResolvers<ContextType>;
  TicketSla?: TicketSlaResolvers<ContextType>;
  TicketTimelineEntry?: TicketTimelineEntryResolvers<ContextType>;
};

