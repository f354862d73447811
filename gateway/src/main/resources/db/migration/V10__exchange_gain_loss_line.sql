-- The statement line of exchange gains and losses is EXCHANGE_GAIN_LOSS, the name its owner contributions-service gives
-- the income kind (it was EXCHANGE_GAINS_LOSSES): a stated figure recorded on it keeps its line under the one name.
-- Stated figures are the gateway's own records, which a rebuild leaves alone.
UPDATE stated_figure
   SET figure = regexp_replace(figure, '\.EXCHANGE_GAINS_LOSSES$', '.EXCHANGE_GAIN_LOSS')
 WHERE figure ~ '^statement\.[0-9]{4}\.EXCHANGE_GAINS_LOSSES$';
