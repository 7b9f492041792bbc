import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../features/auth/components/RequireAuth';
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
import { ROUTES } from '../config/paths';
import { Layout } from './Layout';
import { hasRole, isEmployerAdmin, isSupervisor } from '../lib/access';

/**
 * Every page of the app. Public: the home page, the frameworks, sign-in and the
 * one-time link pages. The rest sit behind RequireAuth, which names who may see them.
 */
export function App() {
  return (
    <Layout>
      <Routes>
        <Route path={ROUTES.home} element={<HomePage />} />
        <Route path={ROUTES.frameworks} element={<FrameworksPage />} />
        <Route path={ROUTES.framework} element={<Navigate to="current" replace />} />
        <Route path={ROUTES.frameworkVersion} element={<FrameworkVersionPage />} />
        <Route path={ROUTES.frameworkItem} element={<FrameworkItemPage />} />

        <Route path={ROUTES.signIn} element={<SignInPage />} />
        <Route path={ROUTES.passwordReset} element={<PasswordResetRequestPage />} />
        <Route path={ROUTES.passwordResetLink} element={<PasswordResetPage />} />
        <Route path={ROUTES.invitation} element={<InvitationPage />} />
        <Route
          path={ROUTES.twoFactor}
          element={
            <RequireAuth allowBeforeSecondFactor>
              <TwoFactorPage />
            </RequireAuth>
          }
        />

        <Route
          path={ROUTES.supervisees}
          element={
            <RequireAuth allow={isSupervisor}>
              <SuperviseesPage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.people}
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <PeoplePage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.invitePerson}
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <InvitePersonPage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.newAssignment}
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <AssignSupervisorPage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.endAssignment}
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <EndAssignmentPage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.person}
          element={
            <RequireAuth allow={isEmployerAdmin}>
              <PersonPage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.workerProgress}
          element={
            <RequireAuth>
              <ProgressionPage />
            </RequireAuth>
          }
        />

        <Route
          path={ROUTES.planObservation}
          element={
            <RequireAuth allow={(me) => isSupervisor(me) || hasRole(me, 'link_worker')}>
              <PlanObservationPage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.observation}
          element={
            <RequireAuth>
              <ObservationPage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.checkObservation}
          element={
            <RequireAuth allow={isSupervisor}>
              <CheckObservationPage />
            </RequireAuth>
          }
        />
        <Route
          path={ROUTES.amendObservation}
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
