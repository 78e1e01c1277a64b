// What the stores check before a reviewer ever looks: the Chrome Web Store's manifest limits,
// that a store build holds no development-only access (local pages), and that the Firefox
// sources zip carries sources only. Pure functions over a manifest, its files and a zip, so
// the unit tests can hand them broken builds; scripts/check-store.mjs runs them on .output.

const LOCAL = /^(?:\*|https?):\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//;

/** A PNG's size from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes) {
  if (!bytes || bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Problems with a manifest as the Chrome Web Store sees it. `readFile(path)` returns a file
 * of the build as a Buffer, or null when it is missing.
 */
export function chromeStoreProblems(manifest, readFile) {
  const problems = [];
  const text = (key) => (typeof manifest[key] === 'string' ? manifest[key] : null);
  const name = text('name');
  if (!name) problems.push('name: missing');
  else if ([...name].length > 75) problems.push(`name: ${[...name].length} characters, the limit is 75`);
  const shortName = text('short_name');
  if (manifest.short_name !== undefined && (shortName === null || [...shortName].length > 12)) problems.push(`short_name: more than 12 characters ("${shortName}")`);
  const description = text('description');
  if (!description) problems.push('description: missing');
  else if ([...description].length > 132) problems.push(`description: ${[...description].length} characters, the limit is 132`);
  const version = text('version');
  // 1 to 4 dot-separated integers, 0..65535, no leading zeros.
  const parts = version?.split('.') ?? [];
  const partOk = (p) => /^(?:0|[1-9]\d{0,4})$/.test(p) && Number(p) <= 65535;
  if (!version || parts.length < 1 || parts.length > 4 || !parts.every(partOk)) problems.push(`version: "${version ?? ''}" is not 1 to 4 dot-separated integers of 0 to 65535 without leading zeros`);
  if (manifest.manifest_version !== 3) problems.push(`manifest_version: ${manifest.manifest_version}, the store takes 3`);
  const icons = manifest.icons ?? {};
  if (!icons['128']) problems.push('icons: no 128 px icon (the store listing needs one)');
  const declared = [...Object.entries(icons), ...Object.entries(manifest.action?.default_icon ?? {})];
  for (const [size, path] of declared) {
    const bytes = readFile(path);
    if (!bytes) {
      problems.push(`icons.${size}: ${path} is not in the build`);
      continue;
    }
    const png = pngSize(bytes);
    if (!png) problems.push(`icons.${size}: ${path} is not a PNG`);
    else if (png.width !== Number(size) || png.height !== Number(size)) problems.push(`icons.${size}: ${path} is ${png.width}×${png.height}`);
  }
  return problems;
}

/** A store build must not hold access to, or run on, local pages: that is the test build's. */
export function localAccessProblems(manifest) {
  const problems = [];
  for (const pattern of manifest.host_permissions ?? []) if (LOCAL.test(pattern)) problems.push(`host_permissions: ${pattern}`);
  for (const script of manifest.content_scripts ?? []) for (const pattern of script.matches ?? []) if (LOCAL.test(pattern)) problems.push(`content_scripts (${script.js?.join(', ')}): runs on ${pattern}`);
  return problems;
}

/** What a Firefox manifest needs for a new listing beyond Chrome's rules. */
export function firefoxProblems(manifest) {
  const gecko = manifest.browser_specific_settings?.gecko;
  const problems = [];
  if (!gecko?.id) problems.push('browser_specific_settings.gecko.id: missing');
  const required = gecko?.data_collection_permissions?.required;
  if (!Array.isArray(required) || required.length === 0) problems.push('browser_specific_settings.gecko.data_collection_permissions.required: missing (["none"] when nothing is collected)');
  return problems;
}

/** The names of the files in a zip, from its central directory (stored or deflated, no zip64). */
export function zipEntries(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

// What a reviewer needs to rebuild the extension: the same list as zip.includeSources.
const SOURCE = /^(?:entrypoints|src|public)\/|^(?:package\.json|package-lock\.json|tsconfig\.json|wxt\.config\.ts|README\.md)$/;

/** Files in a sources zip that are not sources (screenshots, test output, captures…). */
export function nonSourceEntries(names) {
  return names.filter((name) => !SOURCE.test(name) || (/\.(?:png|jpe?g|gif|webp|zip|log)$/i.test(name) && !name.startsWith('public/')));
}

