/**
 * Prints the GraphQL schema from the resolvers into server/schema.gql (committed, so schema
 * changes show in review; the client generates its types from it). `--check` fails when stale.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESOLVERS } from './resolvers';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', '..', 'schema.gql');

export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return (
    '# ------------------------------------------------------\n' +
    '# Generated from the resolvers by `pnpm schema`. Do not edit by hand.\n' +
    '# ------------------------------------------------------\n\n' +
    printSchema(lexicographicSortSchema(schema)) +
    '\n'
  );
}

if (require.main === module) {
  buildSchemaText()
    .then((text) => {
      if (process.argv.includes('--check')) {
        const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
        if (current !== text) {
          console.error('server/schema.gql is out of date: run `pnpm schema`.');
          process.exit(1);
        }
        return;
      }
      fs.writeFileSync(SCHEMA_FILE, text);
      console.log(`wrote ${SCHEMA_FILE}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
