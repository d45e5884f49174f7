// Every user-visible string of the bot, in English and Indonesian. Replies follow `interaction.locale`
// (the user's client language): `id` gets Indonesian, anything else English. Values that come from outside
// (titles, file names, reasons) are passed in already escaped by the renderer.

export type Lang = 'en' | 'id';

export function langOf(locale: string | null | undefined): Lang {
  return locale === 'id' || locale?.startsWith('id-') ? 'id' : 'en';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Discord role mentions (`<@&id>`), each shown as the role's name. */
const roleMentions = (ids: readonly string[]) => ids.map((id) => `<@&${id}>`).join(', ');

const en = {
  // /ask
  noAnswer: 'I could not find a confident answer to that in the write-ups.',
  possiblyRelated: 'Possibly related:',
  corpusCovers: (list: string) => `What I can answer about: ${list}.`,
  emptyCorpus: 'No write-ups are loaded yet, so there is nothing to answer from.',
  resultsRange: (from: number, to: number) => (from === to ? `Result ${from}` : `Results ${from}–${to}`),
  noMoreResults: 'No more results for this question.',
  /** `question`: the question as searched, with "besok", "today" … read as dates (already escaped). */
  readAs: (question: string) => `Read as: ${question}`,
  previous: 'Previous',
  next: 'Next',
  fullPassage: (n: number) => `Full passage ${n}`,
  /** `example`: a question the corpus answers (Library.example), null when it has none. */
  emptyQuestion: (example: string | null) => (example === null ? 'Please type a question.' : `Please type a question, for example \`/ask question: ${example}\`.`),
  tooLong: (max: number) => `That question is too long: use at most ${max} characters.`,
  cooldown: (unixSeconds: number) => `You are asking a bit fast — try again <t:${unixSeconds}:R>.`,
  passageGone: 'That passage has changed or was removed since the write-ups were reloaded. Ask again to see the current text.',
  passageJoined: 'Since the write-ups were reloaded, the passage cited is part of a longer paragraph: this is that paragraph.',
  buttonExpired: 'This button no longer works. Ask the question again.',
  continued: (part: number, parts: number) => `(${part}/${parts})`,
  /** A Full passage too long for chat; `length` is already formatted ("60,000"). */
  passageInFile: (length: string) => `This paragraph is ${length} characters long, too long for chat: the whole of it is in the file below.`,
  /** Heads the text that follows a Full passage's opening when Discord refused the file that opening announced. */
  passageFileRefused: 'Discord did not take the file (too large here): the paragraph continues here instead.',
  /** A Full passage cut short: `place`, escaped, is the document's address (`url` true) or its corpus file. */
  passageCut: (more: string, place: string, url: boolean) =>
    `${more} more characters not shown: read the whole paragraph ${url ? 'at' : 'in the write-up'} ${place}.`,
  // /reload
  guildOnly: 'This command only works in a server.',
  /**
   * `roleIds`: those of MODERATOR_ROLE_IDS that are roles of the member's server, shown as role mentions (which
   * ping no one: replies parse no mentions), so the member refused sees whom to ask, not only that they may not;
   * null when the server's roles could not be read (HTTP mode without the bot token or an answer from Discord, a
   * server in an outage), so none is named.
   */
  notAllowed: (roleIds: readonly string[] | null) =>
    `Only moderators can reload the write-ups: members with the **Manage Server** permission${roleIds === null ? " or one of this bot's moderator roles" : roleIds.length === 0 ? '' : ` or the ${roleIds.length === 1 ? 'role' : 'roles'} ${roleMentions(roleIds)}`}. Ask one of them to run \`/reload\` for you, or a server admin to give you that permission.`,
  reloaded: (ms: number) => `Corpus reloaded in ${ms} ms.`,
  /** A reload applied with broken files: each keeps its previous version, or stays out (the two lines below). */
  reloadedWithProblems: (ms: number, n: number) => `Corpus reloaded in ${ms} ms, but ${plural(n, 'problem', 'problems')} to fix: every good edit is live, each broken file as it was.`,
  keptPrevious: (files: string) => `Still serving the previous version of ${files}.`,
  leftOut: (files: string) => `Left out (not loaded before either): ${files}.`,
  /** Files gone beside new broken files (a file renamed and broken at once?): see ReloadReport.goneWhileBroken. */
  goneWhileBroken: (gone: string, goneCount: number, broken: string, brokenCount: number) =>
    `${gone} ${goneCount === 1 ? 'is' : 'are'} gone and ${broken} ${brokenCount === 1 ? 'is' : 'are'} broken: if one was renamed to the other, its write-up is out until the broken file is fixed.`,
  reloadWaited: 'Another reload was running; this one ran right after it.',
  /** In place of a reload's report when the bot stops before the reload finished (see HandlerContext.ifStopped). */
  reloadInterrupted: '⚠️ The bot is shutting down (a restart or an update) and this reload did not finish, so it changed nothing. Run `/reload` again once the bot is back.',
  countsLine: (d0: number, d1: number, p0: number, p1: number) => `Documents: ${d0} → ${d1} · Passages: ${p0} → ${p1}`,
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  renamed: 'Renamed',
  nothingChanged: 'No document changed.',
  unread: (n: number, types: string) => `Not read (${n}; only ${types} files are documents)`,
  rejected: (n: number) => `Reload rejected: the corpus has ${plural(n, 'problem', 'problems')}.`,
  stillServing: (docs: number, passages: number) =>
    `I keep answering from the previous version (${plural(docs, 'document', 'documents')}, ${plural(passages, 'passage', 'passages')}).`,
  andMore: (n: number) => `…and ${n} more`,
  /** Above the list of a rejected reload's problems, whose reasons the loader writes in English. */
  problemsHeading: 'Problems:',
  // /about
  aboutHeading: (docs: number, passages: number) =>
    `I answer from ${plural(docs, 'document', 'documents')} (${plural(passages, 'passage', 'passages')}):`,
  passagesCount: (n: number) => plural(n, 'passage', 'passages'),
  /** `by` null: a reload nobody is named for (see Snapshot.atStartUp). */
  lastReload: (unixSeconds: number, by: string | null) => `Last reloaded <t:${unixSeconds}:f>${by === null ? '' : ` by ${by}`}.`,
  loadedAtStart: (unixSeconds: number) => `Loaded at start-up <t:${unixSeconds}:f>; not reloaded since.`,
  /** Who reloaded, said of a reload made in another server than the reader's (see Snapshot.loadedFrom). */
  aModerator: 'a moderator',
  /** A reload by the corpus watcher (WATCH_CORPUS=1). */
  lastReloadOnChange: (unixSeconds: number) => `Last reloaded <t:${unixSeconds}:f>, when a file of the corpus changed.`,
  /** Above the problems that left files out at start-up (the loader writes their reasons in English). */
  leftOutAtStart: (n: number) => `Left out at start-up (${plural(n, 'problem', 'problems')}; a moderator can fix, then \`/reload\`):`,
  /** Above the problems the last /reload found (each broken file serving its previous version, or left out). */
  problemsAtReload: (n: number) =>
    `Broken at the last reload (${plural(n, 'problem', 'problems')}; each such file answers as it was before, or is left out; a moderator can fix, then \`/reload\`):`,
  aboutPage: (page: number, pages: number) => `Page ${page} of ${pages}`,
  aboutChanged: 'The list changed since that page was shown (the write-ups were reloaded): this is the current one.',
  // /help
  /** `example`: a question the corpus answers, else null; `empty`: no write-up is loaded. */
  help: (example: string | null, empty: boolean) => [
    '**How to ask**',
    'Type `/ask` and a question about the events in the write-ups, in English or Indonesian. Suggestions appear as you type.',
    example !== null
      ? `Example: \`/ask question: ${example}\``
      : empty
        ? 'No write-ups are loaded yet, so there is nothing to ask about until a moderator adds some.'
        : 'Ask about a programme, a person or an event the write-ups describe: `/about` lists them.',
    'Options: `results` (1–5) shows more results at once; `hide: True` shows the answer only to you.',
    'Each result cites its document, paragraph (§), date and source. **Next**/**Previous** page through results; **Full passage** shows the whole paragraph.',
    '`/about` lists what I know. Moderators can `/reload` the corpus after editing it.',
  ].join('\n'),
  // errors
  failed: 'Sorry, something went wrong while answering. It has been logged; please try again.',
  unknownCommand: 'I do not know that command. It may have been removed: try `/help`.',
};

export type Messages = typeof en;

const id: Messages = {
  noAnswer: 'Saya tidak menemukan jawaban yang cukup meyakinkan untuk pertanyaan itu dalam tulisan acara.',
  possiblyRelated: 'Mungkin terkait:',
  corpusCovers: (list) => `Yang bisa saya jawab: ${list}.`,
  emptyCorpus: 'Belum ada tulisan yang dimuat, jadi belum ada yang bisa dijawab.',
  resultsRange: (from, to) => (from === to ? `Hasil ${from}` : `Hasil ${from}–${to}`),
  readAs: (question) => `Dibaca sebagai: ${question}`,
  noMoreResults: 'Tidak ada hasil lain untuk pertanyaan ini.',
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  fullPassage: (n) => `Paragraf lengkap ${n}`,
  emptyQuestion: (example) => (example === null ? 'Silakan ketik pertanyaan.' : `Silakan ketik pertanyaan, misalnya \`/ask question: ${example}\`.`),
  tooLong: (max) => `Pertanyaan itu terlalu panjang: maksimal ${max} karakter.`,
  cooldown: (unixSeconds) => `Anda bertanya terlalu sering — coba lagi <t:${unixSeconds}:R>.`,
  passageGone: 'Paragraf itu sudah berubah atau dihapus sejak tulisan dimuat ulang. Silakan ajukan pertanyaan lagi untuk melihat teks terbaru.',
  passageJoined: 'Sejak tulisan dimuat ulang, paragraf yang dikutip menjadi bagian dari paragraf yang lebih panjang: inilah paragraf itu.',
  buttonExpired: 'Tombol ini sudah tidak berlaku. Silakan ajukan pertanyaan lagi.',
  continued: (part, parts) => `(${part}/${parts})`,
  passageInFile: (length) => `Paragraf ini panjangnya ${length} karakter, terlalu panjang untuk chat: seluruhnya ada di berkas di bawah.`,
  passageFileRefused: 'Discord tidak menerima berkasnya (terlalu besar di sini): paragrafnya berlanjut di sini.',
  passageCut: (more, place, url) => `${more} karakter lagi tidak ditampilkan: baca paragraf lengkapnya ${url ? 'di' : 'di tulisan'} ${place}.`,
  guildOnly: 'Perintah ini hanya bisa dipakai di server.',
  notAllowed: (roleIds) =>
    `Hanya moderator yang dapat memuat ulang tulisan: anggota dengan izin **Kelola Server**${roleIds === null ? ' atau salah satu peran moderator bot ini' : roleIds.length === 0 ? '' : ` atau peran ${roleMentions(roleIds)}`}. Mintalah salah satu dari mereka menjalankan \`/reload\` untuk Anda, atau mintalah admin server memberi Anda izin itu.`,
  reloaded: (ms) => `Korpus dimuat ulang dalam ${ms} ms.`,
  reloadedWithProblems: (ms, n) => `Korpus dimuat ulang dalam ${ms} ms, tetapi ada ${n} masalah yang perlu diperbaiki: semua perubahan yang baik sudah berlaku, berkas yang rusak tetap seperti sebelumnya.`,
  keptPrevious: (files) => `Masih memakai versi sebelumnya dari ${files}.`,
  leftOut: (files) => `Tidak dimuat (sebelumnya juga belum dimuat): ${files}.`,
  goneWhileBroken: (gone, _goneCount, broken) =>
    `${gone} hilang dan ${broken} rusak: jika yang satu diganti nama menjadi yang lain, tulisannya tidak dimuat sampai berkas yang rusak diperbaiki.`,
  reloadWaited: 'Ada pemuatan ulang lain yang sedang berjalan; yang ini dijalankan sesudahnya.',
  reloadInterrupted:
    '⚠️ Bot sedang dimatikan (dimulai ulang atau diperbarui) dan pemuatan ulang ini tidak selesai, jadi tidak ada yang berubah. Jalankan `/reload` lagi setelah bot aktif kembali.',
  countsLine: (d0, d1, p0, p1) => `Dokumen: ${d0} → ${d1} · Bagian: ${p0} → ${p1}`,
  added: 'Ditambahkan',
  removed: 'Dihapus',
  changed: 'Diubah',
  renamed: 'Diganti nama',
  nothingChanged: 'Tidak ada dokumen yang berubah.',
  unread: (n, types) => `Tidak dibaca (${n}; hanya berkas ${types} yang menjadi dokumen)`,
  rejected: (n) => `Pemuatan ulang ditolak: korpus memiliki ${n} masalah.`,
  stillServing: (docs, passages) => `Saya tetap menjawab dari versi sebelumnya (${docs} dokumen, ${passages} bagian).`,
  andMore: (n) => `…dan ${n} lainnya`,
  problemsHeading: 'Masalah (keterangannya dalam bahasa Inggris):',
  aboutHeading: (docs, passages) => `Saya menjawab dari ${docs} dokumen (${passages} bagian):`,
  // Passages, not paragraphs: a long paragraph is several passages, all cited with its one §.
  passagesCount: (n) => `${n} bagian`,
  lastReload: (unixSeconds, by) => `Terakhir dimuat ulang <t:${unixSeconds}:f>${by === null ? '' : ` oleh ${by}`}.`,
  loadedAtStart: (unixSeconds) => `Dimuat saat bot mulai <t:${unixSeconds}:f>; belum dimuat ulang sejak itu.`,
  aModerator: 'seorang moderator',
  lastReloadOnChange: (unixSeconds) => `Terakhir dimuat ulang <t:${unixSeconds}:f>, saat sebuah berkas korpus berubah.`,
  problemsAtReload: (n) =>
    `Rusak saat pemuatan ulang terakhir (${n} masalah, keterangannya dalam bahasa Inggris; berkas itu tetap seperti sebelumnya, atau tidak dimuat; moderator dapat memperbaikinya, lalu \`/reload\`):`,
  leftOutAtStart: (n) => `Tidak dimuat saat bot mulai (${n} masalah, keterangannya dalam bahasa Inggris; moderator dapat memperbaikinya, lalu \`/reload\`):`,
  aboutPage: (page, pages) => `Halaman ${page} dari ${pages}`,
  aboutChanged: 'Daftarnya berubah sejak halaman itu ditampilkan (tulisan dimuat ulang): ini daftar yang terbaru.',
  help: (example, empty) => [
    '**Cara bertanya**',
    'Ketik `/ask` lalu pertanyaan tentang acara yang dibahas dalam tulisan, dalam bahasa Indonesia atau Inggris. Saran muncul saat Anda mengetik.',
    example !== null
      ? `Contoh: \`/ask question: ${example}\``
      : empty
        ? 'Belum ada tulisan yang dimuat, jadi belum ada yang bisa ditanyakan sampai moderator menambahkannya.'
        : 'Tanyakan tentang program, tokoh, atau acara yang dibahas dalam tulisan: `/about` menampilkan daftarnya.',
    'Opsi: `results` (1–5) menampilkan lebih banyak hasil sekaligus; `hide: True` hanya menampilkan jawaban kepada Anda.',
    'Setiap hasil menyebut dokumen, paragraf (§), tanggal dan sumbernya. Tombol **Berikutnya**/**Sebelumnya** menampilkan halaman hasil lain; **Paragraf lengkap** menampilkan seluruh paragraf.',
    '`/about` menampilkan apa yang saya ketahui. Moderator dapat menjalankan `/reload` setelah mengubah korpus.',
  ].join('\n'),
  failed: 'Maaf, terjadi kesalahan saat menjawab. Kesalahan sudah dicatat; silakan coba lagi.',
  unknownCommand: 'Saya tidak mengenal perintah itu. Mungkin sudah dihapus: coba `/help`.',
};

const MESSAGES: Record<Lang, Messages> = { en, id };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
