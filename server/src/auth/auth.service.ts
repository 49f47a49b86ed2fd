import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';
import { AppError, ErrorCode, conflict } from '../core/errors/app-error';
import { SignInInput, SignUpInput } from './dto/auth.input';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password';
import { RateLimitService } from './rate-limit.service';
import { UserEntity } from './user.entity';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly rateLimits: RateLimitService,
  ) {}

  async signUp(input: SignUpInput): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.users.save(this.users.create({ email: input.email, name: input.name, passwordHash }));
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw conflict('An account with that email already exists. Try signing in instead.');
      }
      throw error;
    }
  }

  /** Checks the password; one message for a wrong email or a wrong password, so accounts are not enumerable. */
  async signIn(input: SignInInput, address: string): Promise<UserEntity> {
    await this.rateLimits.consumeSignIn(input.email, address);
    const user = await this.users.findOne({ where: { email: input.email } });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !ok) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'That email and password do not match an account.');
    }
    await this.rateLimits.signedIn(input.email, address);
    if (needsRehash(user.passwordHash)) {
      await this.users.update({ id: user.id }, { passwordHash: await hashPassword(input.password) });
    }
    return user;
  }
}
