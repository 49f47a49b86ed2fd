import { graphql } from '../gql';

export const MyBoardsQuery = graphql(`
  query MyBoards {
    myBoards {
      id
      name
      jurisdiction
      description
      memberCount
      myRole
    }
  }
`);

export const CreateBoardMutation = graphql(`
  mutation CreateBoard($input: CreateBoardInput!) {
    createBoard(input: $input) {
      id
      name
      jurisdiction
      description
      memberCount
      myRole
    }
  }
`);

export const UpdateBoardMutation = graphql(`
  mutation UpdateBoard($input: UpdateBoardInput!) {
    updateBoard(input: $input) {
      id
      name
      jurisdiction
      description
    }
  }
`);

export const BoardQuery = graphql(`
  query Board($id: ID!) {
    board(id: $id) {
      id
      name
      jurisdiction
      description
      createdAt
      memberCount
      myRole
      members {
        id
        userId
        name
        email
        role
        joinedAt
      }
      drafts(includeArchived: true) {
        id
        boardId
        title
        archived
        createdAt
        updatedAt
      }
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      id
      userId
      name
      email
      role
      joinedAt
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export const LeaveBoardMutation = graphql(`
  mutation LeaveBoard($boardId: ID!) {
    leaveBoard(boardId: $boardId)
  }
`);
