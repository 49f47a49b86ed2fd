import { deserializePayload, serializePayload } from './pubsub';

describe('subscription payloads across replicas', () => {
  it('arrive with their dates intact and user text untouched', () => {
    const payload = {
      at: new Date('2025-01-02T03:04:05.678Z'),
      nested: [{ when: new Date(0) }],
      text: '2025-01-02T03:04:05.678Z',
      n: 1,
    };
    expect(deserializePayload(serializePayload(payload))).toEqual(payload);
  });
});
