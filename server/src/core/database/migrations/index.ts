import { Foundation1763784000000 } from './1763784000000-foundation';
import { Deliberation1763784200000 } from './1763784200000-deliberation';
import { Collab1763784300000 } from './1763784300000-collab';
import { Packets1763784600000 } from './1763784600000-packets';
import { StartingPoints1763785100000 } from './1763785100000-starting-points';
import { Coverage1763785000000 } from './1763785000000-coverage';
import { Notifications1763785300000 } from './1763785300000-notifications';
import { Minutes1763785200000 } from './1763785200000-minutes';
import { Mail1796416953714 } from './1796416953714-mail';

/** Every migration, oldest first. A test fails if the entities need SQL these do not contain. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  Foundation1763784000000,
  Deliberation1763784200000,
  Collab1763784300000,
  Packets1763784600000,
  Coverage1763785000000,
  StartingPoints1763785100000,
  Minutes1763785200000,
  Notifications1763785300000,
  Mail1796416953714,
];
