import { DynamicModule, Global, Module } from '@nestjs/common';
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
      providers: [{ provide: SESSION_SECRET, useValue: sessionSecret }],
      exports: [SESSION_SECRET],
    };
  }
}
