// Password hashing for dashboard sign-in (bcrypt, cost 12).
import "server-only";
import bcrypt from "bcryptjs";
import { randomToken } from "../crypto";

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 12);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A password a person can copy from a terminal: 20 URL-safe characters. */
export function generatePassword(): string {
  return randomToken(15);
}
