import VitaCLI

VitaCommand.run()
