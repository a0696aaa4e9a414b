package io.healthscore.testhelper;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The log lines one class writes while a test runs, captured from DEBUG up instead of printed; close it to detach. */
public final class LogCapture implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final boolean previousAdditive;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            // the thread's log context is read when first asked for; by then the logging thread may have moved on
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };

    private LogCapture(Class<?> source) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
        this.previousLevel = logger.getLevel();
        this.previousAdditive = logger.isAdditive();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        // captured lines are asserted on; printing them too would only clutter the build output
        logger.setAdditive(false);
    }

    public static LogCapture of(Class<?> source) {
        return new LogCapture(source);
    }

    /** The formatted messages logged at exactly {@code level}, in order. */
    public List<String> messages(Level level) {
        // AppenderBase appends under the appender's own lock, from the watch thread
        synchronized (appender) {
            return appender.list.stream().filter(event -> event.getLevel() == level)
                    .map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** The events logged at exactly {@code level}, in order, with their thread and log context. */
    public List<ILoggingEvent> events(Level level) {
        synchronized (appender) {
            return appender.list.stream().filter(event -> event.getLevel() == level).toList();
        }
    }

    /** Whether a message at {@code level} contains {@code text}. */
    public boolean has(Level level, String text) {
        return messages(level).stream().anyMatch(message -> message.contains(text));
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditive);
        appender.stop();
    }
}
