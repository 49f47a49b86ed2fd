import { DynamicModule, Global, Module } from '@nestjs/common';
import { MembershipEvents } from './events/membership-events';
import { HealthController } from './http/health.controller';
import { SESSION_SECRET } from './secret';

/** Cross-cutting providers every feature may inject. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(sessionSecret: string): DynamicModule {
    return {
      module: CoreModule,
      controllers: [HealthController],
      providers: [{ provide: SESSION_SECRET, useValue: sessionSecret }, MembershipEvents],
      exports: [SESSION_SECRET, MembershipEvents],
    };
  }
}
