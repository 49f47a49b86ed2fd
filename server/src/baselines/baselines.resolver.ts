import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { BoardRole } from '@roundtable/shared';
import { Access, CurrentUser } from '../auth/access.decorator';
import { UserEntity } from '../auth/user.entity';
import { PolicyBaselineModel, PolicyImportPreviewModel } from './baseline.model';
import { BaselinesService } from './baselines.service';
import { AttachBaselineInput, PreviewPolicyImportInput } from './dto/baseline.input';

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

  @Mutation(() => PolicyBaselineModel, {
    description:
      "Attaches the department's current policy (a reviewed previewPolicyImport) to a draft that has none, to compare the board's wording with. It cannot be replaced afterwards.",
  })
  @Access.board(BoardRole.FACILITATOR, { draft: 'args.input.draftId' })
  attachBaseline(
    @Args('input') input: AttachBaselineInput,
    @CurrentUser() user: UserEntity,
  ): Promise<PolicyBaselineModel> {
    return this.baselines.attach(input, { id: user.id, name: user.name });
  }
}
