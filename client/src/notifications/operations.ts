import { graphql } from '../gql';

export const NotificationFeedFields = graphql(`
  fragment NotificationFeedFields on NotificationFeed {
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
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications {
    myNotifications(take: 30) {
      ...NotificationFeedFields
    }
  }
`);

/** The same feed, pushed whenever a notification arrives or some are read in another tab. */
export const MyNotificationsChangedSubscription = graphql(`
  subscription MyNotificationsChanged {
    myNotificationsChanged(take: 30) {
      ...NotificationFeedFields
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
