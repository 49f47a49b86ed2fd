import { graphql } from '../gql';

export const MyEmailSettingsQuery = graphql(`
  query MyEmailSettings {
    myEmailSettings {
      locale
      preferences {
        topic
        mode
      }
    }
  }
`);

export const UpdateMyEmailSettingsMutation = graphql(`
  mutation UpdateMyEmailSettings($input: UpdateEmailSettingsInput!) {
    updateMyEmailSettings(input: $input) {
      locale
      preferences {
        topic
        mode
      }
    }
  }
`);

export const BoardOutboxQuery = graphql(`
  query BoardOutbox($boardId: ID!) {
    boardOutbox(boardId: $boardId, take: 50) {
      smtpConfigured
      messages {
        id
        kind
        toAddress
        subject
        text
        status
        attempts
        lastError
        createdAt
      }
    }
  }
`);
