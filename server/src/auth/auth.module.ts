import { Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './access.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { BoardAccessService } from './board-access.service';
import { CallerMiddleware } from './caller.middleware';
import { RateLimitService } from './rate-limit.service';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  providers: [
    AuthService,
    AuthResolver,
    SessionService,
    RateLimitService,
    BoardAccessService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [SessionService, BoardAccessService, RateLimitService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CallerMiddleware).forRoutes('*path');
  }
}
