import { graphql } from '../gql';

export const PacketPageQuery = graphql(`
  query PacketPage($draftId: ID!) {
    draft(id: $draftId) {
      id
      title
      archived
      board {
        id
        name
        myRole
      }
      baseline {
        id
        sourceName
      }
    }
    packetVersions(draftId: $draftId) {
      id
      version
      title
      sha256
      publishedAt
      publishedByName
      clauseCount
      files {
        format
        label
        fileName
        url
      }
    }
  }
`);

export const PacketVersionQuery = graphql(`
  query PacketVersionDetail($id: ID!) {
    packetVersion(id: $id) {
      id
      version
      json
      sha256
      responses {
        id
        clauseId
        clauseNumber
        status
        text
        responderName
        responderRole
        shareLinkLabel
        createdAt
      }
    }
  }
`);

export const ShareLinksQuery = graphql(`
  query PacketShareLinks($id: ID!) {
    packetVersion(id: $id) {
      id
      shareLinks {
        id
        label
        status
        createdAt
        expiresAt
        revokedAt
        createdByName
        accessCount
        recentAccesses {
          kind
          at
        }
      }
    }
  }
`);

export const PacketPreviewQuery = graphql(`
  query PacketPreview($input: PublishPacketInput!) {
    packetPreview(input: $input) {
      version
      json
      sha256
    }
  }
`);

export const PublishPacketMutation = graphql(`
  mutation PublishPacket($input: PublishPacketInput!) {
    publishPacket(input: $input) {
      id
      version
      sha256
    }
  }
`);

export const PacketRedlineQuery = graphql(`
  query PacketRedline($input: PacketRedlineInput!) {
    packetRedline(input: $input) {
      fromLabel
      toLabel
      summary {
        added
        removed
        moved
        changed
        unchanged
      }
      entries {
        clauseId
        status
        moved
        before {
          number
          heading
        }
        after {
          number
          heading
        }
        heading {
          op
          text
        }
        text {
          op
          text
        }
      }
    }
  }
`);

export const CreateShareLinkMutation = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      url
      link {
        id
        status
      }
    }
  }
`);

export const RevokeShareLinkMutation = graphql(`
  mutation RevokeShareLink($shareLinkId: ID!) {
    revokeShareLink(shareLinkId: $shareLinkId) {
      id
      status
      revokedAt
    }
  }
`);

export const SharedPacketQuery = graphql(`
  query SharedPacket($token: String!) {
    sharedPacket(token: $token) {
      packetVersionId
      version
      title
      boardName
      sha256
      json
      expiresAt
      files {
        format
        label
        fileName
        url
      }
      responses {
        id
        clauseId
        clauseNumber
        status
        text
        responderName
        responderRole
        createdAt
      }
    }
  }
`);

export const RespondToPacketMutation = graphql(`
  mutation RespondToPacket($input: RespondToPacketInput!) {
    respondToPacket(input: $input) {
      id
      clauseId
      clauseNumber
      status
      text
      responderName
      responderRole
      createdAt
    }
  }
`);
