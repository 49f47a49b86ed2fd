import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { Access } from '../auth/access.decorator';
import { PolicyImportPreviewModel } from './baseline.model';
import { BaselinesService } from './baselines.service';
import { PreviewPolicyImportInput } from './dto/baseline.input';

@Resolver(() => PolicyImportPreviewModel)
export class BaselinesResolver {
  constructor(private readonly baselines: BaselinesService) {}

  @Mutation(() => PolicyImportPreviewModel, {
    description:
      'Reads a pasted or uploaded (.txt, .docx) department policy and proposes clauses with components. Saves nothing; createDraft with start IMPORT keeps the reviewed result.',
  })
  @Access.board(BoardRole.MEMBER, { board: 'args.input.boardId' })
  previewPolicyImport(@Args('input') input: PreviewPolicyImportInput): Promise<PolicyImportPreviewModel> {
    return this.baselines.preview(input);
  }
}
