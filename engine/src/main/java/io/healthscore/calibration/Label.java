package io.healthscore.calibration;

/** An assessment's outcome within the horizon. */
enum Label { CHURNED, NOT_CHURNED, CENSORED }
