"""The model and the analysis: networkx only, no Dash, no database, no pandas."""
