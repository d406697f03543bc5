"""The Trends page's charts (pyqtgraph); imported only when the page is first shown."""
