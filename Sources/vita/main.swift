import VitaCLI

VitaCommand.main()
