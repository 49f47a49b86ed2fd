import { Route, Routes } from 'react-router';
import { SignInPage } from '../auth/SignInPage';
import { SignUpPage } from '../auth/SignUpPage';
import { BoardPage } from '../boards/BoardPage';
import { MyBoardsPage } from '../boards/MyBoardsPage';
import { CoverageDashboardPage } from '../coverage/CoverageDashboardPage';
import { DraftPage } from '../drafts/DraftPage';
import { AcceptInvitationPage } from '../invitations/AcceptInvitationPage';
import { OfficialPacketPage } from '../packets/OfficialPacketPage';
import { PacketPage } from '../packets/PacketPage';
import { ActivityPage } from '../deliberation/ActivityPage';
import { DiscussPage } from '../deliberation/DiscussPage';
import { MeetingRoom } from '../meetings/MeetingRoom';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { HomeRedirect } from './HomeRedirect';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { AccountPage } from '../mail/AccountPage';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomeRedirect />} />
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="/invite/:token" element={<AcceptInvitationPage />} />
        <Route
          path="/boards"
          element={
            <RequireAuth>
              <MyBoardsPage />
            </RequireAuth>
          }
        />
        <Route
          path="/boards/:boardId"
          element={
            <RequireAuth>
              <BoardPage />
            </RequireAuth>
          }
        />
        <Route
          path="/drafts/:draftId"
          element={
            <RequireAuth>
              <DraftPage />
            </RequireAuth>
          }
        />
        <Route
          path="/drafts/:draftId/packet"
          element={
            <RequireAuth>
              <PacketPage />
            </RequireAuth>
          }
        />
        <Route
          path="/drafts/:draftId/coverage"
          element={
            <RequireAuth>
              <CoverageDashboardPage />
            </RequireAuth>
          }
        />
        <Route path="/p/:token" element={<OfficialPacketPage />} />
        <Route
          path="/drafts/:draftId/discuss"
          element={
            <RequireAuth>
              <DiscussPage />
            </RequireAuth>
          }
        />
        <Route
          path="/boards/:boardId/meetings"
          element={
            <RequireAuth>
              <MeetingsPage />
            </RequireAuth>
          }
        />
        <Route
          path="/meetings/:meetingId"
          element={
            <RequireAuth>
              <MeetingRoom />
            </RequireAuth>
          }
        />
        <Route
          path="/boards/:boardId/activity"
          element={
            <RequireAuth>
              <ActivityPage />
            </RequireAuth>
          }
        />
        <Route
          path="/account"
          element={
            <RequireAuth>
              <AccountPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
