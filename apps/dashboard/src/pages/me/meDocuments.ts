import { graphql } from '../../graphql';

// The operations of the viewer's own page. One root field per query: the list roots are non-null,
// so a failure in one department's service must not blank the others' sections.

export const MyBackOfficeRecordQuery = graphql(`
  query MyBackOfficeRecord($id: ID!) {
    employee(id: $id) {
      id
      employeeNumber
      firstName
      lastName
      email
      title
      department {
        id
        name
      }
      manager {
        id
        firstName
        lastName
        title
      }
      workLocation
      employmentType
      startDate
      status
      phone
      emergencyContact {
        name
        relationship
        phone
      }
      compensation {
        amount
        currency
        payFrequency
        effectiveDate
      }
    }
  }
`);

// ---- Leave ----

export const MyBackOfficeLeaveTypesQuery = graphql(`
  query MyBackOfficeLeaveTypes {
    leaveTypes {
      code
      name
      unpaid
    }
  }
`);

export const MyBackOfficeLeaveBalanceQuery = graphql(`
  query MyBackOfficeLeaveBalance($employeeId: ID!, $year: Int!) {
    leaveBalance(employeeId: $employeeId, year: $year) {
      year
      leaveType {
        code
        name
        unpaid
      }
      allocated
      adjusted
      taken
      pending
      available
    }
  }
`);

export const MyBackOfficeLeaveRequestFields = graphql(`
  fragment MyBackOfficeLeaveRequestFields on LeaveRequest {
    id
    leaveType {
      code
      name
    }
    startDate
    endDate
    startHalfDay
    endHalfDay
    days
    status
    needsHrApproval
    managerApproved
    decisionReason
    createdAt
    version
  }
`);

export const MyBackOfficeLeaveRequestsQuery = graphql(`
  query MyBackOfficeLeaveRequests($employeeId: ID!, $first: Int!, $after: String) {
    leaveRequests(filter: { employeeId: $employeeId }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MyBackOfficeLeaveRequestFields
        }
      }
    }
  }
`);

export const MyBackOfficeRequestLeaveMutation = graphql(`
  mutation MyBackOfficeRequestLeave($input: RequestLeaveInput!) {
    requestLeave(input: $input) {
      ...MyBackOfficeLeaveRequestFields
    }
  }
`);

export const MyBackOfficeCancelLeaveMutation = graphql(`
  mutation MyBackOfficeCancelLeave($id: ID!) {
    cancelLeave(id: $id) {
      ...MyBackOfficeLeaveRequestFields
    }
  }
`);

// ---- Tickets ----

export const MyBackOfficeTicketFields = graphql(`
  fragment MyBackOfficeTicketFields on Ticket {
    id
    number
    kind
    category
    priority
    status
    subject
    openedAt
    resolution
    resolutionNote
    items {
      id
      quantity
      handedOut
      done
      supplyItem {
        code
        name
      }
    }
  }
`);

export const MyBackOfficeTicketsQuery = graphql(`
  query MyBackOfficeTickets($requesterId: ID!, $first: Int!, $after: String) {
    tickets(filter: { requesterId: $requesterId }, orderBy: NEWEST, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MyBackOfficeTicketFields
        }
      }
    }
  }
`);

// Stock counts are IT's: an employee asking for them would get FORBIDDEN on every item.
export const MyBackOfficeSupplyItemsQuery = graphql(`
  query MyBackOfficeSupplyItems {
    supplyItems {
      code
      name
      kind
    }
  }
`);

export const MyBackOfficeRequestSuppliesMutation = graphql(`
  mutation MyBackOfficeRequestSupplies($input: RequestSuppliesInput!) {
    requestSupplies(input: $input) {
      ...MyBackOfficeTicketFields
    }
  }
`);

export const MyBackOfficeOpenTicketMutation = graphql(`
  mutation MyBackOfficeOpenTicket($input: OpenTicketInput!) {
    openTicket(input: $input) {
      ...MyBackOfficeTicketFields
    }
  }
`);

// ---- Expense claims ----

export const MyBackOfficeClaimFields = graphql(`
  fragment MyBackOfficeClaimFields on ExpenseClaim {
    id
    title
    status
    awaiting
    total {
      amount
      currency
    }
    lines {
      lineNo
      date
      category
      amount {
        amount
        currency
      }
      merchant
      description
      receiptReference
    }
    flags {
      kind
      lineNo
      message
    }
    submittedAt
    rejectionReason
    paidAt
    createdAt
    version
  }
`);

export const MyBackOfficeClaimsQuery = graphql(`
  query MyBackOfficeClaims($claimantId: ID!, $first: Int!, $after: String) {
    expenseClaims(filter: { claimantId: $claimantId }, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MyBackOfficeClaimFields
        }
      }
    }
  }
`);

export const MyBackOfficeExpensePolicyQuery = graphql(`
  query MyBackOfficeExpensePolicy {
    expensePolicy {
      receiptRequiredAbove {
        amount
        currency
      }
      maxLineAgeDays
    }
  }
`);

export const MyBackOfficeDraftClaimMutation = graphql(`
  mutation MyBackOfficeDraftClaim($input: ExpenseClaimInput!) {
    draftExpenseClaim(input: $input) {
      ...MyBackOfficeClaimFields
    }
  }
`);

export const MyBackOfficeUpdateClaimMutation = graphql(`
  mutation MyBackOfficeUpdateClaim($id: ID!, $expectedVersion: Int!, $input: ExpenseClaimInput!) {
    updateExpenseClaim(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...MyBackOfficeClaimFields
    }
  }
`);

export const MyBackOfficeSubmitClaimMutation = graphql(`
  mutation MyBackOfficeSubmitClaim($id: ID!, $expectedVersion: Int!) {
    submitExpenseClaim(id: $id, expectedVersion: $expectedVersion) {
      ...MyBackOfficeClaimFields
    }
  }
`);

export const MyBackOfficeWithdrawClaimMutation = graphql(`
  mutation MyBackOfficeWithdrawClaim($id: ID!, $expectedVersion: Int!) {
    withdrawExpenseClaim(id: $id, expectedVersion: $expectedVersion) {
      ...MyBackOfficeClaimFields
    }
  }
`);

// ---- Payslips ----

export const MyBackOfficePayslipsQuery = graphql(`
  query MyBackOfficePayslips($id: ID!) {
    employee(id: $id) {
      id
      payslips {
        period
        kind
        gross {
          amount
          currency
        }
        daysWorked
        unpaidDays
        finalPay
        postedAt
      }
    }
  }
`);
