/**
 * Writing the finished package so a failed or interrupted run leaves no partial file (SPEC 7).
 * Reuses the shared temp-file-and-rename helper; adds an fsync so the bytes are on disk before
 * the rename makes them visible (otherwise a crash right after could leave an empty file).
 */
import { open } from "node:fs/promises";
import { writeFileAtomically } from "../atomic-write";

export async function writePackageFile(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomically(path, async (temporaryPath) => {
    const handle = await open(temporaryPath, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  });
}
