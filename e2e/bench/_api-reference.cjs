// The reference server for `pnpm bench api`: a bare NestJS 12 + Apollo 5 app (same packages and
// versions as Roundtable's server, same Express platform) answering `{ hello }`. No database, no
// auth, no limits: the cost of the framework alone. PORT from the environment.
const path = require('node:path');
const { createRequire } = require('node:module');

const serverRequire = createRequire(path.resolve(__dirname, '..', '..', 'server', 'package.json'));
serverRequire('reflect-metadata');
const { Module } = serverRequire('@nestjs/common');
const { NestFactory } = serverRequire('@nestjs/core');
const { GraphQLModule } = serverRequire('@nestjs/graphql');
const { ApolloDriver } = serverRequire('@nestjs/apollo');

class HelloModule {}
Module({
  imports: [
    GraphQLModule.forRoot({
      driver: ApolloDriver,
      path: '/graphql',
      typeDefs: 'type Query { hello: String! }',
      resolvers: { Query: { hello: () => 'world' } },
      graphiql: false,
    }),
  ],
})(HelloModule);

async function main() {
  const app = await NestFactory.create(HelloModule, { logger: false });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
  process.send?.({ type: 'listening' });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
