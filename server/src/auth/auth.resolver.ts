import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../core/http/request-context';
import { Access, CurrentUser } from './access.decorator';
import { AuthService } from './auth.service';
import { SignInInput, SignUpInput } from './dto/auth.input';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';
import { ViewerModel } from './user.model';

@Resolver(() => ViewerModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Query(() => ViewerModel, { nullable: true, description: 'The signed-in person, or null.' })
  @Access.public()
  me(@CurrentUser() user: UserEntity | null): ViewerModel | null {
    return user;
  }

  @Mutation(() => ViewerModel, { description: 'Creates an account and signs in.' })
  @Access.public()
  async signUp(@Args('input') input: SignUpInput, @Context() { req, res }: GqlContext): Promise<ViewerModel> {
    const user = await this.auth.signUp(input);
    const session = await this.sessions.create(user, req.headers['user-agent']);
    this.sessions.setCookie(res, session.token, session.expiresAt);
    return user;
  }

  @Mutation(() => ViewerModel)
  @Access.public()
  async signIn(@Args('input') input: SignInInput, @Context() { req, res }: GqlContext): Promise<ViewerModel> {
    const user = await this.auth.signIn(input, req.ip ?? 'unknown');
    if (req.caller?.sessionTokenHash) await this.sessions.destroy(req.caller.sessionTokenHash);
    const session = await this.sessions.create(user, req.headers['user-agent']);
    this.sessions.setCookie(res, session.token, session.expiresAt);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends this browser session. Safe to call when signed out.' })
  @Access.public()
  async signOut(@Context() { req, res }: GqlContext): Promise<boolean> {
    if (req.caller?.sessionTokenHash) await this.sessions.destroy(req.caller.sessionTokenHash);
    this.sessions.clearCookie(res);
    return true;
  }
}
