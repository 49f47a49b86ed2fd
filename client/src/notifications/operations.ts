import { graphql } from '../gql';

export const MyNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications(take: 30) {
      unreadCount
      items {
        id
        kind
        boardId
        boardName
        draftId
        clauseId
        commentId
        actorName
        excerpt
        createdAt
        read
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
