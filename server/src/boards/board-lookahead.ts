import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Which of a board's lists the current `board` field selects, read from the query (fields,
 * inline fragments and named fragments, one level down). Used to fetch them with the board in
 * one round trip; anything it cannot read (a directive on the field, say) is simply not
 * prefetched, and the field resolver queries as usual.
 */
export function boardPageWants(info: GraphQLResolveInfo): {
  members: boolean;
  drafts: { includeArchived: boolean } | null;
} {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const collect = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.directives?.length) continue; // @include/@skip: leave it to the resolver
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        collect(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) collect(node.selectionSet);

  const members = fields.some((f) => f.name.value === 'members');
  const draftFields = fields.filter((f) => f.name.value === 'drafts');
  let drafts: { includeArchived: boolean } | null = null;
  if (draftFields.length === 1) {
    const arg = draftFields[0].arguments?.find((a) => a.name.value === 'includeArchived');
    if (!arg) drafts = { includeArchived: false };
    else if (arg.value.kind === Kind.BOOLEAN) drafts = { includeArchived: arg.value.value };
    else if (arg.value.kind === Kind.VARIABLE) {
      const value = info.variableValues[arg.value.name.value];
      if (typeof value === 'boolean') drafts = { includeArchived: value };
      else if (value === undefined) drafts = { includeArchived: false };
    }
  }
  return { members, drafts };
}
