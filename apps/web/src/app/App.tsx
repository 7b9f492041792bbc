import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { hasRole, isEmployerAdmin, isSupervisor } from '../features/auth/model/access';
import { AmendObservationPage } from '../routes/AmendObservationPage';
import { AssignSupervisorPage } from '../routes/AssignSupervisorPage';
import { CheckObservationPage } from '../routes/CheckObservationPage';
import { EndAssignmentPage } from '../routes/EndAssignmentPage';
import { FrameworkItemPage } from '../routes/FrameworkItemPage';
import { FrameworksPage } from '../routes/FrameworksPage';
import { FrameworkVersionPage } from '../routes/FrameworkVersionPage';
import { HomePage } from '../routes/HomePage';
import { InvitationPage } from '../routes/InvitationPage';
import { InvitePersonPage } from '../routes/InvitePersonPage';
import { NotFoundPage } from '../routes/NotFoundPage';
import { ObservationPage } from '../routes/ObservationPage';
import { PasswordResetPage } from '../routes/PasswordResetPage';
import { PasswordResetRequestPage } from '../routes/PasswordResetRequestPage';
import { PeoplePage } from '../routes/PeoplePage';
import { PersonPage } from '../routes/PersonPage';
import { PlanObservationPage } from '../routes/PlanObservationPage';
import { ProgressionPage } from '../routes/ProgressionPage';
import { SignInPage } from '../routes/SignInPage';
import { SuperviseesPage } from '../routes/SuperviseesPage';
import { TwoFactorPage } from '../routes/TwoFactorPage';
import { Layout } from './Layout';

/**
 * Every page of the app. Public: the home page, the frameworks, sign-in and the
 * one-time link pages. The rest sit behind RequireAuth, which names who may see them.
 */
export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/frameworks" element={<FrameworksPage />} />
        <Route path="/frameworks/:key" element={<Navigate to="current" replace />} />
        <Route path="/frameworks/:key/:version" element={<FrameworkVersionPage />} />
        <Route path="/frameworks/:key/:version/items/:itemId" element={<FrameworkItemPage />} />

        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/password-reset" element={<PasswordResetRequestPage />} />
        <Route path="/password-reset/:token" element={<PasswordResetPage />} />
        <Route path="/invitations/:token" element={<InvitationPage />} />
        <Route
          path="/account/two-factor"
          element={
            <RequireAuth allowBeforeSecondFactor>
              <TwoFactorPage />
            </RequireAuth>
          }
        />

        <Route
          path="/supervisees"
          element={
            <RequireAuth allow={isSupervisor}>
              <SuperviseesPage />
            </RequireAuth>
          }
        />
        <Route
          path="/people"
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <PeoplePage />
            </RequireAuth>
          }
        />
        <Route
          path="/people/invite"
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <InvitePersonPage />
            </RequireAuth>
          }
        />
        <Route
          path="/people/assignments/new"
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <AssignSupervisorPage />
            </RequireAuth>
          }
        />
        <Route
          path="/people/assignments/:id/end"
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <EndAssignmentPage />
            </RequireAuth>
          }
        />
        <Route
          path="/people/:id"
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <PersonPage />
            </RequireAuth>
          }
        />
        <Route
          path="/people/:id/progression"
          element={
            <RequireAuth>
              <ProgressionPage />
            </RequireAuth>
          }
        />

        <Route
          path="/observations/new"
          element={
            <RequireAuth allow={(me) => isSupervisor(me) || hasRole(me, 'link_worker')}>
              <PlanObservationPage />
            </RequireAuth>
          }
        />
        <Route
          path="/observations/:id"
          element={
            <RequireAuth>
              <ObservationPage />
            </RequireAuth>
          }
        />
        <Route
          path="/observations/:id/check"
          element={
            <RequireAuth allow={isSupervisor}>
              <CheckObservationPage />
            </RequireAuth>
          }
        />
        <Route
          path="/observations/:id/amend"
          element={
            <RequireAuth allow={isSupervisor}>
              <AmendObservationPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
