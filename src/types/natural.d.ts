// natural's index pulls in its storage back-ends (which load dotenv and print to stdout), so tanya imports the
// few files it needs directly. Those deep paths ship no type declarations; these are the parts we use.

declare module 'natural/lib/natural/stemmers/indonesian/stemmer_id' {
  const StemmerId: { stem(token: string): string };
  export default StemmerId;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords_id' {
  export const words: string[];
}

declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
