import { redirect } from "next/navigation";
import { primaryRole, roleWords } from "~/lib/roles";
import { loadViewer } from "~/server/viewer";

export default async function HomePage() {
  const viewer = await loadViewer();
  const role = primaryRole(viewer.roles);
  if (role) redirect(roleWords[role].home);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">You're not in a cohort yet</h1>
      <p className="mt-3 text-muted-foreground">
        Signed in as {viewer.email}. Ask your team lead for an invitation; once you're added to a
        cohort, your practice, reviews or dashboards appear here.
      </p>
    </main>
  );
}
