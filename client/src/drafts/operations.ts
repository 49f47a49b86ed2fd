import { graphql } from '../gql';

export const DraftQuery = graphql(`
  query Draft($id: ID!) {
    draft(id: $id) {
      id
      boardId
      title
      archived
      startingPoint
      createdAt
      updatedAt
      baseline {
        id
        sourceName
        sourceKind
        sha256
        createdByName
        createdAt
      }
      board {
        id
        name
        jurisdiction
        myRole
      }
    }
  }
`);

export const CreateDraftMutation = graphql(`
  mutation CreateDraft($input: CreateDraftInput!) {
    createDraft(input: $input) {
      id
      boardId
      title
      startingPoint
      archived
      createdAt
      updatedAt
    }
  }
`);

export const RenameDraftMutation = graphql(`
  mutation RenameDraft($input: RenameDraftInput!) {
    renameDraft(input: $input) {
      id
      title
      updatedAt
    }
  }
`);

export const ArchiveDraftMutation = graphql(`
  mutation ArchiveDraft($draftId: ID!) {
    archiveDraft(draftId: $draftId) {
      id
      archived
      updatedAt
    }
  }
`);

export const RestoreDraftMutation = graphql(`
  mutation RestoreDraft($draftId: ID!) {
    restoreDraft(draftId: $draftId) {
      id
      archived
      updatedAt
    }
  }
`);

export const PreviewPolicyImportMutation = graphql(`
  mutation PreviewPolicyImport($input: PreviewPolicyImportInput!) {
    previewPolicyImport(input: $input) {
      sourceName
      sourceKind
      text
      sha256
      clauses {
        heading
        text
        suggestedComponentIds
      }
    }
  }
`);

export const AttachBaselineMutation = graphql(`
  mutation AttachBaseline($input: AttachBaselineInput!) {
    attachBaseline(input: $input) {
      id
      draftId
      sourceName
      sourceKind
      sha256
      createdByName
      createdAt
    }
  }
`);
