package io.factordesk.service;

import io.factordesk.scoring.WatchList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The watch list an officer imports by placing watch-list.txt (name,USCC,note per line) in the data folder. */
public final class WatchListFile {

    public static final String FILE_NAME = "watch-list.txt";

    private WatchListFile() {
    }

    public static WatchList load(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return WatchList.EMPTY;
        }
        try {
            return WatchList.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the watch list " + file, e);
        }
    }
}
