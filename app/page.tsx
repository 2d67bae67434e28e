import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeOf } from "@/lib/navigation/menus";

export default async function Home() {
  const user = await getCurrentUser();
  redirect(user ? homeOf(user) : "/login");
}
