import { main } from './gloss';

process.exitCode = main(process.argv.slice(2));
