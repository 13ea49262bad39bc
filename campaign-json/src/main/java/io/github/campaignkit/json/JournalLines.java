package io.github.campaignkit.json;

import io.github.campaignkit.core.campaign.Journal;
import io.github.campaignkit.core.campaign.JournalEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a journal written as JSON Lines: one journal-entry envelope per line, {@code \n} (or
 * {@code \r\n}) after each, the last line's end optional. Each line is read like a document of its
 * own, bounded by the reader's document length; a failure is placed on the stream's line, with the
 * pointer and column inside that line. The entries' revisions must follow one another. The stream is
 * read a line at a time, so a journal of any length takes the memory of its entries, not of its
 * text.
 */
final class JournalLines {

    private final EnvelopeReader reader;
    private final ObjectReader entryReader;

    JournalLines(EnvelopeReader reader, ObjectReader entryReader) {
        this.reader = reader;
        this.entryReader = entryReader;
    }

    /** A source of lines: the next line without its end, or null at the end of the stream. */
    private interface Lines {
        /** The next line as input, or null at the end; {@code blank} set when the line is empty. */
        Input next() throws IOException;
    }

    Journal read(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        return read(() -> {
            line.reset();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (line.size() >= reader.maxDocumentLength()) {
                    throw reader.tooLong();
                }
                line.write(b);
            }
            if (b < 0 && line.size() == 0) {
                return null;
            }
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return reader.decoded(length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length));
        });
    }

    Journal read(Reader in) {
        StringBuilder line = new StringBuilder(256);
        return read(() -> {
            line.setLength(0);
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (line.length() >= reader.maxDocumentLength()) {
                    throw reader.tooLong();
                }
                line.append((char) c);
            }
            if (c < 0 && line.length() == 0) {
                return null;
            }
            int length = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
            return Input.of(line.substring(0, length));
        });
    }

    private Journal read(Lines lines) {
        Journal journal = Journal.empty();
        int number = 0;
        while (true) {
            number++;
            JournalEntry entry;
            try {
                Input input = lines.next();
                if (input == null) {
                    return journal;
                }
                entry = (JournalEntry) reader.bind(input, entryReader, Payload.ENTRY);
            } catch (IOException e) {
                throw reader.readFailure(e).onLine(number);
            } catch (CampaignJsonException e) {
                throw e.onLine(number);
            }
            long last = journal.last().map(JournalEntry::revision).orElse(entry.revision() - 1);
            if (entry.revision() != last + 1) {
                throw new CampaignJsonException(Fault.JOURNAL_GAP, Payload.ENTRY.pointer + "/revision", number, 1,
                        reader.locale(), List.of(String.valueOf(entry.revision()), String.valueOf(last)), null);
            }
            journal = journal.append(entry);
        }
    }
}
