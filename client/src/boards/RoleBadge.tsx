import { ROLE_DESCRIPTIONS, ROLE_LABELS, type BoardRole } from '@roundtable/shared';

/** The role in words (never colour alone), with its meaning available on hover. */
export function RoleBadge({ role, prefix }: { role: string; prefix?: string }) {
  const label = roleLabel(role);
  return (
    <span className={`role-badge role-${role.toLowerCase()}`} title={roleDescription(role)}>
      {prefix ? `${prefix} ${label}` : label}
    </span>
  );
}

export function roleLabel(role: string): string {
  return ROLE_LABELS[role as BoardRole] ?? role;
}

export function roleDescription(role: string): string {
  return ROLE_DESCRIPTIONS[role as BoardRole] ?? '';
}

/** "a Member", "an Observer". */
export function roleWithArticle(role: string): string {
  const label = roleLabel(role);
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}
