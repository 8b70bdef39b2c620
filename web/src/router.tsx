/** The router: the login page on its own, every other page inside the signed-in layout, guarded by its access flag. */
import { Navigate, createBrowserRouter, matchPath } from "react-router-dom";
import { homePath } from "./access.ts";
import { AppLayout } from "./layouts/app-layout.tsx";
import { RouteGuard } from "./layouts/route-guard.tsx";
import { NotFoundPage } from "./pages/not-found-page.tsx";
import { LoginPage } from "./pages/login/login-page.tsx";
import { queryClient } from "./query-client.ts";
import { routes } from "./routes.tsx";
import { useSession } from "./session.tsx";

function HomeRedirect() {
  const { user } = useSession();
  return <Navigate to={user ? homePath(user) : "/login"} replace />;
}

// Fetch the code and first data of the page being opened while the session is still being checked, not after.
const opening = routes.find((route) => matchPath(route.path, window.location.pathname));
void opening?.load();
opening?.prefetch?.(queryClient);

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRedirect /> },
      ...routes.map((route) => ({ path: route.path, element: <RouteGuard route={route} /> })),
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
