'use server';
import { serverAction } from '@/lib/server/action';
import { changePassword } from '@/lib/server/users/change-password';
import { changePasswordInput } from '@/lib/schemas/users';

export const changePasswordAction = serverAction(changePasswordInput, changePassword, null);
