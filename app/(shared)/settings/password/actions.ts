'use server';
import { runAction } from '@/lib/server/action';
import { changePassword } from '@/lib/server/users/change-password';

export async function changePasswordAction(input: {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}) {
  return runAction((ctx) => changePassword(ctx, input));
}
