import { expect, request, type APIRequestContext } from '@playwright/test';

export const DEMO_PASSWORD = 'riverside-demo';
export const DEMO_BOARD = 'Riverside Community Police Advisory Board';

/**
 * The GraphQL API as one signed-in demo person, for specs that need data in place (a closed vote,
 * a published packet) before they look at pages. What a spec is about is still done in the browser.
 */
export class Api {
  private constructor(private readonly http: APIRequestContext) {}

  static async signIn(baseURL: string, email: string): Promise<Api> {
    const api = new Api(await request.newContext({ baseURL }));
    await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email, password: DEMO_PASSWORD },
    });
    return api;
  }

  async gql<T = unknown>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.http.post('/graphql', {
      data: { query, variables },
      // Apollo's CSRF prevention lets JSON requests through; the header says so explicitly.
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    });
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    expect(body.errors, `GraphQL errors for ${query.slice(0, 80)}`).toBeUndefined();
    return body.data as T;
  }

  async demoBoardId(): Promise<string> {
    const { myBoards } = await this.gql<{ myBoards: { id: string; name: string }[] }>(
      `{ myBoards { id name } }`,
    );
    const board = myBoards.find((b) => b.name === DEMO_BOARD);
    expect(board, 'the demo board').toBeDefined();
    return board!.id;
  }

  dispose(): Promise<void> {
    return this.http.dispose();
  }
}
