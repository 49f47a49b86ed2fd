import { CloseCode, EDITOR_VERSION, EDITOR_VERSION_PARAM, isRetryableClose } from '@roundtable/shared';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ConnectionStatus } from './connection';
import { wsOrigin } from './connection';
import { LOCAL_DB_PREFIX } from './localCopies';

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  readOnly: boolean;
}

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: ConnectionStatus;
  /** Local changes made while the socket was down; sent on the next sync. */
  unsynced: number;
  peers: Peer[];
  /** True once the server has sent its copy at least once in this session. */
  everSynced: boolean;
}

interface Options {
  /** Called when the server says the role changed: the page should re-read it (editable or not). */
  onRoleChanged?: () => void;
  /** Called for a terminal UNAUTHENTICATED close. */
  onUnauthenticated?: () => void;
}

function readPeers(provider: WebsocketProvider): Peer[] {
  const peers: Peer[] = [];
  const seen = new Set<string>();
  provider.awareness.getStates().forEach((state, clientId) => {
    if (clientId === provider.doc.clientID) return;
    const user = (state as { user?: { id?: string; name?: unknown; color?: unknown; readOnly?: unknown } })
      .user;
    if (!user || typeof user.name !== 'string') return;
    // One entry per person, even with several tabs open.
    const key = typeof user.id === 'string' ? user.id : `client-${clientId}`;
    if (seen.has(key)) return;
    seen.add(key);
    peers.push({
      clientId,
      name: user.name,
      color: typeof user.color === 'string' ? user.color : '#5d554d',
      readOnly: user.readOnly === true,
    });
  });
  return peers.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * One shared document: a Y.Doc kept in IndexedDB (so edits survive going offline or closing the
 * tab) and synced with the server over y-websocket at `/collab/<docName>`. `docName` is a draft's
 * id, or `minutesDocName(meetingId)` for a meeting's minutes.
 */
export function useCollabSession(docName: string, options: Options = {}): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { onRoleChanged, onUnauthenticated } = options;

  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`${LOCAL_DB_PREFIX}${docName}`, doc);
    const provider = new WebsocketProvider(`${wsOrigin()}/collab`, docName, doc, {
      params: { [EDITOR_VERSION_PARAM]: String(EDITOR_VERSION) },
      // Tabs sync through the server only, so read-only roles are enforced in one place.
      disableBc: true,
      shouldReconnect: (event) => isRetryableClose(event.code),
      maxBackoffTime: 10_000,
    });

    let status: ConnectionStatus = { kind: 'connecting' };
    let everSynced = false;
    let unsynced = 0;
    const publish = () =>
      setSession({ doc, provider, status, unsynced, peers: readPeers(provider), everSynced });

    const onStatus = ({ status: s }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      if (status.kind === 'closed') return;
      if (s === 'connected') {
        status = provider.synced ? { kind: 'connected' } : { kind: 'syncing' };
        // Peers dropped our presence when the socket closed; re-announcing with the same clock
        // would be ignored, so bump it (setLocalState increments the clock).
        const presence = provider.awareness.getLocalState();
        if (presence) provider.awareness.setLocalState({ ...presence });
      } else status = everSynced || !navigator.onLine ? { kind: 'offline' } : { kind: 'connecting' };
      publish();
    };
    const onSync = (synced: boolean) => {
      if (!synced || status.kind === 'closed') return;
      everSynced = true;
      // Answering the server's sync step 1 sent everything we had; nothing is pending any more.
      unsynced = 0;
      status = { kind: 'connected' };
      publish();
    };
    const onConnectionClose = (event: CloseEvent | null) => {
      if (event?.code === CloseCode.ROLE_CHANGED) onRoleChanged?.();
    };
    const onClosed = ({ code }: { code: number }) => {
      status = { kind: 'closed', code };
      publish();
      if (code === CloseCode.UNAUTHENTICATED) onUnauthenticated?.();
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || origin === local) return;
      if (!provider.wsconnected) {
        unsynced += 1;
        publish();
      }
    };
    const onAwareness = () => publish();
    // The browser knows before the socket does: stop using a connection that cannot deliver, so
    // edits count as unsent, and start a fresh one (with a full sync) when the network is back.
    const onOffline = () => {
      if (status.kind === 'closed') return;
      provider.disconnect();
      status = { kind: 'offline' };
      publish();
    };
    const onOnline = () => {
      if (status.kind === 'closed') return;
      provider.connect();
    };

    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onConnectionClose);
    provider.on('closed', onClosed);
    provider.awareness.on('change', onAwareness);
    doc.on('update', onUpdate);
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    publish();

    return () => {
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      doc.off('update', onUpdate);
      provider.awareness.off('change', onAwareness);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onConnectionClose);
      provider.off('closed', onClosed);
      provider.destroy();
      void local.destroy();
      doc.destroy();
      setSession(null);
    };
  }, [docName, onRoleChanged, onUnauthenticated]);

  return session;
}
