import { graphql } from '../../graphql';

// Everything a ticket's page shows. Every change returns it whole, so the cache (and the page)
// shows the ticket as the server left it: its new status, version, comments and history.
export const TicketPageTicketFragment = graphql(`
  fragment TicketPageTicket on Ticket {
    id
    number
    kind
    category
    priority
    status
    subject
    description
    system
    dueOn
    requester {
      id
      firstName
      lastName
    }
    employee {
      id
      firstName
      lastName
    }
    assignee {
      id
      firstName
      lastName
    }
    asset {
      id
      tag
    }
    sla {
      ...HelpdeskTicketSla
    }
    comments {
      id
      author
      body
      internal
      at
    }
    timeline {
      action
      fromStatus
      toStatus
      actor
      details
      at
    }
    items {
      id
      supplyItem {
        code
        name
        kind
      }
      assetCategory
      quantity
      handedOut
      asset {
        id
        tag
      }
      done
    }
    resolution
    resolutionNote
    openedAt
    firstRespondedAt
    resolvedAt
    closedAt
    reopenableUntil
    version
  }
`);

// What is in stock: IT and the manager only, so not in the ticket's fragment, which every ticket
// mutation returns to the requester too (a FORBIDDEN there would fail their comment or close).
export const TicketPageSupplyStockQuery = graphql(`
  query TicketPageSupplyStock {
    supplyItems {
      code
      stock
    }
  }
`);

export const TicketPageQuery = graphql(`
  query TicketPage($id: ID!) {
    ticket(id: $id) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageAssignMutation = graphql(`
  mutation TicketPageAssign($input: AssignTicketInput!) {
    assignTicket(input: $input) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageStartMutation = graphql(`
  mutation TicketPageStart($input: TicketChangeInput!) {
    startTicket(input: $input) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageWaitMutation = graphql(`
  mutation TicketPageWait($input: WaitOnRequesterInput!) {
    waitOnRequester(input: $input) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageCommentMutation = graphql(`
  mutation TicketPageComment($input: CommentOnTicketInput!) {
    commentOnTicket(input: $input) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageResolveMutation = graphql(`
  mutation TicketPageResolve($input: ResolveTicketInput!) {
    resolveTicket(input: $input) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageReopenMutation = graphql(`
  mutation TicketPageReopen($input: ReopenTicketInput!) {
    reopenTicket(input: $input) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageCloseMutation = graphql(`
  mutation TicketPageClose($input: TicketChangeInput!) {
    closeTicket(input: $input) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageHandOutMutation = graphql(`
  mutation TicketPageHandOut($input: HandOutSuppliesInput!) {
    handOutSupplies(input: $input) {
      ...TicketPageTicket
    }
  }
`);

export const TicketPageFulfilMutation = graphql(`
  mutation TicketPageFulfil($input: FulfilWithAssetInput!) {
    fulfilWithAsset(input: $input) {
      ...TicketPageTicket
    }
  }
`);

// Assets in stock of one category, to hand over for an equipment line.
export const TicketPageStockAssetsQuery = graphql(`
  query TicketPageStockAssets($category: AssetCategoryCode!) {
    assets(filter: { status: IN_STOCK, category: $category }, first: 30) {
      totalCount
      edges {
        node {
          id
          tag
          version
          condition
          model {
            id
            manufacturer
            name
          }
        }
      }
    }
  }
`);

// The name behind an employee id in a comment or the history.
export const TicketPageActorQuery = graphql(`
  query TicketPageActor($id: ID!) {
    employee(id: $id) {
      id
      firstName
      lastName
    }
  }
`);
