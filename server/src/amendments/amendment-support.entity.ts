import {
  CreateDateColumn,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { AmendmentEntity } from './amendment.entity';

/** A member's support for an amendment; once each. */
@Entity({ name: 'amendment_support' })
@Index('uq_amendment_support_member', ['amendmentId', 'userId'], { unique: true })
export class AmendmentSupportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'amendment_id', type: 'uuid' })
  amendmentId: string;

  @ManyToOne(() => AmendmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'amendment_id', foreignKeyConstraintName: 'fk_amendment_support_amendment' })
  amendment?: AmendmentEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_amendment_support_user' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
