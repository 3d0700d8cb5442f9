/**
 * Every interface string, in English and Thai, in one table. Node and relation names come from
 * the graph and the relation table; this holds the words around them. Components read
 * `explorer.t`, the table for the current language.
 */
import type { Time } from '../domain/schema';
import type { Lang } from './url-state';

const en = {
  appTitle: 'isms',
  tagline: 'A map of political ideas',
  search: 'Search',
  searchPlaceholder: 'Search ideologies, people, events…',
  noMatches: 'No matches',
  language: 'Language',
  darkMode: 'Dark mode',
  listView: 'List view',
  openGraph: 'Open graph…',
  backToBundled: 'Back to bundled graph',
  userGraph: 'Your graph',
  layout: 'Layout',
  lineage: 'Lineage',
  timeline: 'Timeline',
  network: 'Network',
  fit: 'Fit',
  focus: 'Focus',
  showAll: 'Show all',
  depth: 'Neighbourhood depth',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  back: 'Back',
  forward: 'Forward',
  filters: 'Filters',
  kinds: 'Kinds',
  relations: 'Relations',
  all: 'All',
  none: 'None',
  years: 'Years',
  fromYear: 'From year',
  toYear: 'To year',
  hideUnconnected: 'Hide unconnected nodes',
  status: (n: number, total: number, e: number, totalEdges: number) =>
    `Showing ${n} of ${total} nodes, ${e} of ${totalEdges} edges`,
  details: 'Details',
  nothingSelected: 'Select a node on the canvas, in the list or by search to read about it.',
  kind: 'Kind',
  when: 'Years',
  sources: 'Sources',
  section: 'section',
  disputed: 'disputed',
  inferred: 'inferred',
  disputedMarker: 'dashed with “?”',
  inferredMarker: 'dotted',
  encoding: 'Lines',
  note: 'Note',
  noRelations: 'No relations in view.',
  hiddenByFilters: 'This node is hidden by the current filters.',
  notInGraph: (id: string) => `No node “${id}” in this graph.`,
  problemsTitle: (file: string) => `Could not open ${file}`,
  problemsKept: 'The graph on screen is unchanged.',
  dismiss: 'Dismiss',
  dropHere: 'Drop a graph file to open it',
  loading: 'Loading the graph…',
  graphCanvas: 'Graph canvas',
  canvasHelp:
    'Arrow keys move between the selected node’s neighbours, Enter selects, Escape clears.',
  circa: 'c.',
  bce: 'BCE',
  present: 'present',
  suggestions: 'Suggestions',
  listViewTitle: 'Visible nodes by kind',
  theme: 'Theme',
  more: (n: number) => `and ${n} more`,
  startWith: 'Most connected',
};

export type Strings = typeof en;

const th: Strings = {
  appTitle: 'isms',
  tagline: 'แผนที่ความคิดทางการเมือง',
  search: 'ค้นหา',
  searchPlaceholder: 'ค้นหาอุดมการณ์ บุคคล เหตุการณ์…',
  noMatches: 'ไม่พบผลลัพธ์',
  language: 'ภาษา',
  darkMode: 'โหมดมืด',
  listView: 'มุมมองรายการ',
  openGraph: 'เปิดกราฟ…',
  backToBundled: 'กลับไปที่กราฟหลัก',
  userGraph: 'กราฟของคุณ',
  layout: 'การจัดวาง',
  lineage: 'สายวงศ์ (Lineage)',
  timeline: 'เส้นเวลา (Timeline)',
  network: 'เครือข่าย (Network)',
  fit: 'พอดีจอ',
  focus: 'เฉพาะส่วนนี้',
  showAll: 'แสดงทั้งหมด',
  depth: 'ความลึกของละแวก',
  copyLink: 'คัดลอกลิงก์',
  linkCopied: 'คัดลอกลิงก์แล้ว',
  back: 'ย้อนกลับ',
  forward: 'ไปข้างหน้า',
  filters: 'ตัวกรอง',
  kinds: 'ประเภท',
  relations: 'ความสัมพันธ์',
  all: 'ทั้งหมด',
  none: 'ไม่เลือก',
  years: 'ช่วงปี',
  fromYear: 'ตั้งแต่ปี',
  toYear: 'ถึงปี',
  hideUnconnected: 'ซ่อนโหนดที่ไม่มีการเชื่อมโยง',
  status: (n, total, e, totalEdges) =>
    `แสดง ${n} จาก ${total} โหนด, ${e} จาก ${totalEdges} เส้นเชื่อม`,
  details: 'รายละเอียด',
  nothingSelected: 'เลือกโหนดบนกราฟ ในรายการ หรือจากการค้นหา เพื่ออ่านรายละเอียด',
  kind: 'ประเภท',
  when: 'ช่วงเวลา',
  sources: 'แหล่งที่มา',
  section: 'หัวข้อ',
  disputed: 'เป็นที่ถกเถียง',
  inferred: 'อนุมาน',
  disputedMarker: 'เส้นประพร้อม “?”',
  inferredMarker: 'เส้นจุด',
  encoding: 'เส้น',
  note: 'หมายเหตุ',
  noRelations: 'ไม่มีความสัมพันธ์ที่แสดงอยู่',
  hiddenByFilters: 'โหนดนี้ถูกซ่อนโดยตัวกรองปัจจุบัน',
  notInGraph: (id) => `ไม่มีโหนด “${id}” ในกราฟนี้`,
  problemsTitle: (file) => `เปิด ${file} ไม่ได้`,
  problemsKept: 'กราฟที่แสดงอยู่ไม่เปลี่ยนแปลง',
  dismiss: 'ปิด',
  dropHere: 'วางไฟล์กราฟที่นี่เพื่อเปิด',
  loading: 'กำลังโหลดกราฟ…',
  graphCanvas: 'พื้นที่กราฟ',
  canvasHelp: 'ปุ่มลูกศรเลื่อนไปยังโหนดข้างเคียง Enter เพื่อเลือก Escape เพื่อยกเลิก',
  circa: 'ประมาณ',
  bce: 'ก่อน ค.ศ.',
  present: 'ปัจจุบัน',
  suggestions: 'คำแนะนำ',
  listViewTitle: 'โหนดที่แสดงอยู่ตามประเภท',
  theme: 'ธีม',
  more: (n) => `และอีก ${n} รายการ`,
  startWith: 'เชื่อมโยงมากที่สุด',
};

export const STRINGS: Record<Lang, Strings> = { en, th };

function formatYear(year: number, t: Strings): string {
  if (year >= 0) return String(year);
  return t === STRINGS.th ? `${t.bce} ${-year}` : `${-year} ${t.bce}`;
}

/** "1818–1883", "c. 1848", "400 BCE", "1917–present" as the strings of one language say it. */
export function formatTime(time: Time | undefined, t: Strings, ongoing = false): string | null {
  if (!time || (time.start === undefined && time.end === undefined)) return null;
  const start = time.start !== undefined ? formatYear(time.start, t) : '?';
  let text: string;
  if (time.end !== undefined && time.end !== time.start)
    text = `${start}–${formatYear(time.end, t)}`;
  else if (time.end === undefined && ongoing) text = `${start}–${t.present}`;
  else text = start;
  return time.circa ? `${t.circa} ${text}` : text;
}
