// Copies the PDF fonts from their npm packages into resources/fonts, so the repository
// never carries font binaries and a fresh install always has them.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'resources', 'fonts');
mkdirSync(target, { recursive: true });

const fonts = [
  ['node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'DejaVuSans.ttf'],
  ['node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', 'DejaVuSans-Bold.ttf'],
  // The CJK fallback: PDF exports switch to it for Chinese, Japanese and Korean runs.
  ['node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular.ttf'],
  ['node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf', 'NotoSansSC-Bold.ttf'],
  // Noto Sans SC has no Hangul: Korean runs get their own font.
  ['node_modules/@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf', 'NotoSansKR-Regular.ttf'],
  ['node_modules/@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf', 'NotoSansKR-Bold.ttf'],
];

let missing = 0;
for (const [from, to] of fonts) {
  const source = join(root, from);
  if (!existsSync(source)) {
    missing += 1;
    console.warn(`fonts: ${from} is missing; PDF exports will fail until it is installed`);
    continue;
  }
  copyFileSync(source, join(target, to));
}
if (missing === 0) console.log(`fonts: ${fonts.length} files ready in resources/fonts`);
