/** Routes of the workspace, by role; every page sits in the shell with the language switch. */
import { lazy, type ReactNode } from "react";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router-dom";
import { Result, Spin } from "antd";
import { useTranslation } from "react-i18next";
import { AuthProvider, homeFor, useAuth } from "./auth.tsx";
import { LocaleProvider } from "./locale.tsx";
import { Shell } from "./components/shell.tsx";
import { SignInPage } from "./pages/sign-in.tsx";
import { AccountLinkPage } from "./pages/account-link.tsx";
import { BodyOverviewPage } from "./pages/body/overview.tsx";
import { InboxPage } from "./pages/body/inbox.tsx";
import { EvidencePage } from "./pages/body/evidence.tsx";
import { BodyEvaluationPage } from "./pages/body/evaluation.tsx";
import { CalendarPage } from "./pages/body/calendar.tsx";
import { DocumentsPage } from "./pages/documents.tsx";
import { ReviewPage } from "./pages/review/review-page.tsx";
import { MessagesPage } from "./pages/messages.tsx";
import { ImportsPage } from "./pages/body/imports.tsx";

// The evaluation room carries the charts library: loaded only when a ministry page opens.
const RoundsPage = lazy(() => import("./pages/ministry/rounds.tsx").then((m) => ({ default: m.RoundsPage })));
const RoundPage = lazy(() => import("./pages/ministry/round.tsx").then((m) => ({ default: m.RoundPage })));
const AnalysisPage = lazy(() =>
  import("./pages/analysis/analysis-page.tsx").then((m) => ({ default: m.AnalysisPage })),
);
const BodyResultPage = lazy(() =>
  import("./pages/ministry/body-result.tsx").then((m) => ({ default: m.BodyResultPage })),
);
import { BodiesPage } from "./pages/admin/bodies.tsx";
import { UsersPage } from "./pages/admin/users.tsx";
import { AwaitingPage } from "./pages/body/awaiting.tsx";

function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading)
    return (
      <div className="page-loading">
        <Spin size="large" />
      </div>
    );
  if (!me) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

function Home() {
  const { me } = useAuth();
  return <Navigate to={homeFor(me!.role)} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t("common.notFound")} />;
}

export function App() {
  return (
    <LocaleProvider>
      <BrowserRouter>
        <AuthProvider>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/account-link" element={<AccountLinkPage />} />
            <Route
              element={
                <RequireAuth>
                  <Shell />
                </RequireAuth>
              }
            >
              <Route index element={<Home />} />
              <Route path="body" element={<BodyOverviewPage />} />
              <Route path="inbox" element={<InboxPage />} />
              <Route path="evidence" element={<EvidencePage />} />
              <Route path="submissions" element={<BodyEvaluationPage />} />
              <Route path="analysis" element={<AnalysisPage />} />
              <Route path="calendar" element={<CalendarPage />} />
              <Route path="documents" element={<DocumentsPage />} />
              <Route path="review" element={<ReviewPage />} />
              <Route path="messages" element={<MessagesPage />} />
              <Route path="imports" element={<ImportsPage />} />
              <Route path="evaluation" element={<RoundsPage />} />
              <Route path="evaluation/:roundId" element={<RoundPage />} />
              <Route path="evaluation/:roundId/bodies/:bodyId" element={<BodyResultPage />} />
              <Route path="admin/bodies" element={<BodiesPage />} />
              <Route path="admin/users" element={<UsersPage />} />
              <Route path="awaiting" element={<AwaitingPage />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </AuthProvider>
      </BrowserRouter>
    </LocaleProvider>
  );
}
